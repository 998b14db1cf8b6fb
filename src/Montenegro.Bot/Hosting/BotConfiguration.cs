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
    /// <exception cref="InvalidSettingsException">appsettings.json is not valid JSON.</exception>
    public static IConfiguration Read(string[] args) =>
        Readable(() => new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build());

    /// <summary>Runs <paramref name="read"/>, which loads the settings files; a file that is not JSON becomes one line naming it.</summary>
    /// <exception cref="InvalidSettingsException">A settings file is not valid JSON.</exception>
    public static T Readable<T>(Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            var reason = e.InnerException is FormatException inner ? $"{e.Message} {inner.Message}" : e.Message;
            throw new InvalidSettingsException([$"a settings file cannot be read: {reason.ReplaceLineEndings(" ")}"]);
        }
    }
}
