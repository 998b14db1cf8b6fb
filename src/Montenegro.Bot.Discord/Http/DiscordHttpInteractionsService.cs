using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Http;

/// <summary>
/// The HTTP mode's small lifetime duties: check the command set at start, register it when a token is configured
/// (in the background, so the web server does not wait for Discord), and let in-flight answers finish at shutdown.
/// </summary>
internal sealed class DiscordHttpInteractionsService(
    CommandRegistrar registrar,
    IDiscordRestClient rest,
    InFlightWork work,
    DiscordFatalError fatal,
    IOptions<DiscordOptions> options,
    ILogger<DiscordHttpInteractionsService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Invalid definitions fail the start with a message listing every problem.
        registrar.Validate();
        if (!options.Value.HasToken)
        {
            logger.LogInformation(
                "No {Setting} configured: application commands are not registered by this process (register them from one place, e.g. a process with a token)",
                DiscordOptions.SectionName + ":Token");
            return Task.CompletedTask;
        }

        _ = work.Track(RegisterAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => work.DrainAsync(options.Value.ShutdownDrainTimeout);

    private async Task RegisterAsync(CancellationToken ct)
    {
        try
        {
            var applicationId = options.Value.ApplicationId ?? await rest.GetCurrentApplicationIdAsync(ct).ConfigureAwait(false);
            await registrar.RegisterOnceAsync(applicationId, ct).ConfigureAwait(false);
        }
        catch (DiscordUnauthorizedException)
        {
            // Reported through DiscordFatalError by the REST client; logged below.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not look up the application id to register commands; set {Setting}", DiscordOptions.SectionName + ":ApplicationId");
        }

        // No gateway service watches the fatal signal in this mode. Interactions keep working (webhook routes need no
        // token), so say what to fix rather than stopping the host.
        if (fatal.Signalled.IsCompleted)
        {
            logger.LogCritical("Discord refused the token, so commands were not registered: {Advice}", await fatal.Signalled.ConfigureAwait(false));
        }
    }
}
