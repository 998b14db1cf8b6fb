using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Gateway;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Hosting;

/// <summary>
/// Runs the gateway for the host's lifetime. On a fatal problem (bad token, disallowed intent, invalid commands) it logs
/// one line saying what to fix, records it in <see cref="DiscordGatewayState.FatalError"/> and stops the host; the
/// application decides what that means for its exit code. On shutdown it closes with 1000 and lets in-flight replies
/// finish.
/// </summary>
internal sealed class DiscordGatewayService(
    GatewayClient gateway,
    GatewayEventRouter router,
    CommandRegistrar registrar,
    DiscordFatalError fatal,
    DiscordGatewayState state,
    IHostApplicationLifetime lifetime,
    IOptions<DiscordOptions> options,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    private int _failed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            registrar.Validate();
        }
        catch (InvalidOperationException ex)
        {
            Fail(ex.Message);
            return;
        }

        try
        {
            using var run = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var connection = gateway.RunAsync(router, run.Token);
            var first = await Task.WhenAny(connection, fatal.Signalled).ConfigureAwait(false);
            if (first != connection)
            {
                await run.CancelAsync().ConfigureAwait(false);
                Fail(await fatal.Signalled.ConfigureAwait(false));
                await IgnoreFailureAsync(connection).ConfigureAwait(false);
                return;
            }

            await connection.ConfigureAwait(false);
        }
        catch (GatewayFatalException ex)
        {
            Fail(ex.Message);
        }
        catch (DiscordUnauthorizedException)
        {
            Fail(DiscordUnauthorizedException.Advice);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "The Discord gateway failed unexpectedly");
            Fail("the Discord gateway failed unexpectedly (see the error above); restart the bot.");
        }
        finally
        {
            await router.DrainAsync(options.Value.ShutdownDrainTimeout).ConfigureAwait(false);
            logger.LogInformation("Discord gateway stopped");
        }
    }

    private static async Task IgnoreFailureAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
        }
    }

    private void Fail(string advice)
    {
        if (Interlocked.Exchange(ref _failed, 1) == 1)
        {
            return;
        }

        logger.LogCritical("Discord connection stopped: {Advice}", advice);
        state.SetFatal(advice);
        lifetime.StopApplication();
    }
}
