namespace Montenegro.Bot.Discord.Testing;

/// <summary>One gateway WebSocket connection the bot opened.</summary>
public sealed class RecordedConnection(int id, string path, string query)
{
    public int Id { get; } = id;

    public string Path { get; } = path;

    public string Query { get; } = query;

    /// <summary>The close code the bot sent, if it closed the connection.</summary>
    public int? ClientCloseStatus { get; internal set; }

    /// <summary>The socket is gone: closed or aborted by the bot (also after the fake closed it first).</summary>
    public bool Ended { get; internal set; }

    public override string ToString() => $"#{Id} {Path}{Query} closed by bot with {ClientCloseStatus}";
}
