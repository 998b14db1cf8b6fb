namespace Montenegro.Bot.Discord;

/// <summary>Answering plain messages. Bound from the <c>FreeText</c> configuration section.</summary>
public sealed class FreeTextOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FreeText";

    /// <summary>Answer mentions, direct messages and questions in <see cref="Channels"/>. Needs the privileged Message Content intent.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Channel ids where any message that looks like a question is answered, without a mention.</summary>
    public List<ulong> Channels { get; set; } = [];

    /// <summary>Seconds a user waits between two answered messages.</summary>
    public int CooldownSeconds { get; set; } = 10;
}
