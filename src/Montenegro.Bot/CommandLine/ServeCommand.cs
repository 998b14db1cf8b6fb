using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Montenegro.Bot.Hosting;

namespace Montenegro.Bot.CommandLine;

/// <summary>
/// <c>serve</c>: the long-running bot. The HTTP surface (health, readiness, Prometheus metrics) always; with
/// <c>Discord:PublicKey</c>, slash commands over HTTP at <c>POST /interactions</c>; otherwise, with
/// <c>Discord:Token</c>, the Discord gateway.
/// </summary>
public static class ServeCommand
{
    /// <summary>Runs until stopped (Ctrl-C, SIGTERM) or a fatal error.</summary>
    /// <param name="settings">Settings given as <c>--Section:Key=Value</c> arguments.</param>
    /// <param name="console">Where the one line of a start-up failure goes (standard error).</param>
    public static Task<int> RunAsync(string[] settings, BotConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return HostRun.RunAsync(
            () => BotHost.BuildService(settings),
            async app =>
            {
                await app.WaitForShutdownAsync();
                return ExitCodes.Done;
            },
            console.Error);
    }

    /// <summary>The address a started app listens on (for tests that ask for port 0).</summary>
    public static Uri Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var first = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        return new Uri(first);
    }
}
