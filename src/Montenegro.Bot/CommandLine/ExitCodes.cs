namespace Montenegro.Bot.CommandLine;

/// <summary>The process exit codes, as the README states them. Only the command line sets them.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Done = 0;

    /// <summary>A fatal error while running (Discord refused the token or intents, the HTTP port cannot be used), or an unhealthy <c>healthcheck</c>.</summary>
    public const int Failed = 1;

    /// <summary>A blank question, bad usage or invalid settings; one line on standard error says which.</summary>
    public const int Usage = 2;

    /// <summary>The sources could not be loaded; one line on standard error names the file and line.</summary>
    public const int SourcesUnavailable = 3;
}
