using Microsoft.Extensions.Configuration;

namespace Montenegro.Bot.Hosting;

/// <summary>
/// The bot's settings as the host would see them (appsettings.json next to the binaries, the
/// environment, --Key=Value arguments), read without building a host: for decisions taken before one
/// exists, and for the short-lived <c>healthcheck</c>.
/// </summary>
public static class BotConfiguration
{
    /// <summary>Reads the settings; later sources win, as in the host.</summary>
    public static IConfiguration Read(string[] args) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
}
