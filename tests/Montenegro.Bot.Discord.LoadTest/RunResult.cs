namespace Montenegro.Bot.Discord.LoadTest;

/// <summary>What one run of one bot measured.</summary>
internal sealed record RunResult(
    BotKind Bot,
    double StartToIdentifyMs,
    double StartToFirstRestMs,
    LatencySummary Commands,
    double CommandsPerSecond,
    double BotCpuMsPerCommand,
    double ToolCpuMsPerCommand,
    LatencySummary Mentions,
    double MentionsPerSecond,
    double BotCpuMsPerMention,
    double BotIdleCpuMsPerSecond,
    int HttpErrors,
    int Unanswered,
    int StartupHttpErrors,
    double SteadyRssMib,
    double PeakRssMib,
    IReadOnlyList<string> ErrorSamples)
{
    public int Errors => HttpErrors + Unanswered;
}
