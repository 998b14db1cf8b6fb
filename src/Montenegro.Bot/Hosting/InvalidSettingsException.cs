namespace Montenegro.Bot.Hosting;

/// <summary>
/// Settings the bot cannot run with. The message is the one line an operator sees: each setting named, its value
/// (never a secret's) and what is accepted.
/// </summary>
public sealed class InvalidSettingsException : Exception
{
    /// <summary>Creates the exception for the given problems, each one sentence naming its setting.</summary>
    public InvalidSettingsException(IReadOnlyCollection<string> problems)
        : base((problems.Count == 1 ? "Invalid setting: " : "Invalid settings: ") + string.Join(" ", problems))
    {
        Problems = problems;
    }

    /// <summary>The problems, one sentence each.</summary>
    public IReadOnlyCollection<string> Problems { get; }
}
