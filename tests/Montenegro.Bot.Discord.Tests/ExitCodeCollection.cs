namespace Montenegro.Bot.Discord.Tests;

/// <summary>Tests that set or read the process-wide <see cref="Environment.ExitCode"/> run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ExitCodeCollection
{
    public const string Name = "Process exit code";
}
