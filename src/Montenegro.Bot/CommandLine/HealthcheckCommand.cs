using Montenegro.Bot.Hosting;
using Montenegro.Bot.Http;

namespace Montenegro.Bot.CommandLine;

/// <summary>
/// <c>healthcheck</c>: asks the running bot's own <c>/healthz</c> on 127.0.0.1, so a container
/// HEALTHCHECK needs no curl. Exit 0 when healthy, 1 when not.
/// </summary>
public static class HealthcheckCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>Checks the port given by the same settings <c>serve</c> uses.</summary>
    public static async Task<int> RunAsync(string[] hostArgs, TextWriter output, TextWriter error)
    {
        var (port, problem) = HttpPort.From(BotConfiguration.Read(hostArgs));
        if (problem is not null)
        {
            await error.WriteLineAsync(problem);
            return 1;
        }

        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}{HealthEndpoints.LivenessPath}"));
            if (response.IsSuccessStatusCode)
            {
                await output.WriteLineAsync("Healthy");
                return 0;
            }

            await error.WriteLineAsync($"Unhealthy: {HealthEndpoints.LivenessPath} answered {(int)response.StatusCode}");
            return 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"Unhealthy: nothing answers on port {port} ({e.GetType().Name})");
            return 1;
        }
    }
}
