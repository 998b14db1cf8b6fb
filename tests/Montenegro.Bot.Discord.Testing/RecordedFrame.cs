using System.Text.Json.Nodes;

namespace Montenegro.Bot.Discord.Testing;

/// <summary>One gateway payload the bot sent.</summary>
public sealed record RecordedFrame(int ConnectionId, string Path, int Op, JsonNode Payload, DateTimeOffset At)
{
    public JsonNode? Data => Payload["d"];

    public override string ToString() => $"#{ConnectionId} {Path} op {Op}: {Payload.ToJsonString()}";
}
