namespace Montenegro.Bot.Discord.Testing;

/// <summary>One REST request the bot made to the fake.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    IReadOnlyList<string> FileNames,
    int Status,
    DateTimeOffset At)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public System.Text.Json.Nodes.JsonNode? Json => string.IsNullOrEmpty(Body) ? null : System.Text.Json.Nodes.JsonNode.Parse(Body);

    public override string ToString() => $"{Method} {Path} -> {Status} {Body}";
}
