using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Hosting;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.CommandLine;

/// <summary>
/// The one place a mode's host is built, started, run and stopped, and the one place its outcome becomes an exit code:
/// invalid settings (before or at start) are one line and exit 2; sources that cannot be loaded one line and exit 3; a
/// fatal Discord error, which the Discord layer has already logged, exit 1.
/// </summary>
internal static class HostRun
{
    /// <summary>Builds the host with <paramref name="build"/>, starts it, runs <paramref name="body"/> and stops it.</summary>
    /// <param name="build">Builds the host; may throw <see cref="InvalidSettingsException"/>.</param>
    /// <param name="body">What the mode does once started; its result is the exit code unless the host failed.</param>
    /// <param name="error">Standard error, for the one line.</param>
    public static async Task<int> RunAsync<THost>(Func<THost> build, Func<THost, Task<int>> body, TextWriter error)
        where THost : IHost
    {
        THost host;
        try
        {
            host = build();
        }
        catch (InvalidSettingsException e)
        {
            await error.WriteLineAsync(e.Message);
            return ExitCodes.Usage;
        }

        try
        {
            var configuration = host.Services.GetRequiredService<IConfiguration>();
            var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            try
            {
                await host.StartAsync();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // Stopped while starting (the sources failed to load at once): the outcome says why.
                await host.StopAsync();
                return await OutcomeAsync(host.Services, ExitCodes.Done, error);
            }
            catch (Exception e) when (SettingsCheck.OneLine(e, configuration) is { } line)
            {
                await error.WriteLineAsync(line);
                return ExitCodes.Usage;
            }
            catch (IOException e)
            {
                // Kestrel could not bind: the port is taken or not allowed.
                await error.WriteLineAsync($"Cannot listen for HTTP: {e.Message}");
                return ExitCodes.Failed;
            }

            int exitCode;
            try
            {
                exitCode = await body(host);
            }
            catch (KnowledgeLoadException)
            {
                exitCode = ExitCodes.SourcesUnavailable;
            }
            finally
            {
                await host.StopAsync();
            }

            return await OutcomeAsync(host.Services, exitCode, error);
        }
        finally
        {
            if (host is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else
            {
                host.Dispose();
            }
        }
    }

    private static async Task<int> OutcomeAsync(IServiceProvider services, int exitCode, TextWriter error)
    {
        if (services.GetRequiredService<KnowledgeState>().LoadError is { } load)
        {
            await error.WriteLineAsync($"Cannot load the bot's sources: {load.Message}");
            return ExitCodes.SourcesUnavailable;
        }

        return services.GetService<DiscordGatewayState>()?.FatalError is not null ? ExitCodes.Failed : exitCode;
    }
}
