using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Hosting;
using Montenegro.Bot.Http;

namespace Montenegro.Bot.CommandLine;

/// <summary>
/// <c>healthcheck</c>: asks the running bot's own <c>/healthz</c> on 127.0.0.1, so a container HEALTHCHECK needs no
/// curl. Exit 0 when healthy, 1 when not, 2 when the settings are invalid (checked as in every mode).
/// </summary>
public static class HealthcheckCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>Checks the port given by the same settings <c>serve</c> uses.</summary>
    /// <param name="settings">Settings given as <c>--Section:Key=Value</c> arguments.</param>
    /// <param name="console">Where to write the verdict.</param>
    public static async Task<int> RunAsync(string[] settings, BotConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (InvalidSettings(settings) is { } problem)
        {
            await console.Error.WriteLineAsync(problem);
            return ExitCodes.Usage;
        }

        var port = HttpPort.From(BotConfiguration.Read(settings)).Port;
        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}{HttpSurface.LivenessPath}"));
            if (response.IsSuccessStatusCode)
            {
                await console.Out.WriteLineAsync("Healthy");
                return ExitCodes.Done;
            }

            await console.Error.WriteLineAsync($"Unhealthy: {HttpSurface.LivenessPath} answered {(int)response.StatusCode}");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await console.Error.WriteLineAsync($"Unhealthy: nothing answers on port {port} ({e.GetType().Name})");
            return ExitCodes.Failed;
        }
    }

    // The same checks as every other mode: the host is built (not started) so that its validators run.
    private static string? InvalidSettings(string[] settings)
    {
        try
        {
            using var host = BotHost.CreateConsoleBuilder(settings).Build();
            try
            {
                host.Services.GetService<IStartupValidator>()?.Validate();
                return null;
            }
            catch (Exception e) when (SettingsCheck.OneLine(e, host.Services.GetRequiredService<IConfiguration>()) is { } line)
            {
                return line;
            }
        }
        catch (InvalidSettingsException e)
        {
            return e.Message;
        }
    }
}
