using System.Text.Json.Nodes;

namespace Montenegro.Bot.Discord.Testing;

/// <summary>One gateway payload the bot sent.</summary>
public sealed record RecordedFrame(int ConnectionId, string Path, int Op, JsonNode Payload, DateTimeOffset At)
{
    public JsonNode? Data => Payload["d"];

    /// <summary>A heartbeat the bot sent in answer to the fake's heartbeat request (op 1), not from its own heartbeat loop.</summary>
    public bool Requested { get; init; }

    public override string ToString() => $"#{ConnectionId} {Path} op {Op}: {Payload.ToJsonString()}";
}
