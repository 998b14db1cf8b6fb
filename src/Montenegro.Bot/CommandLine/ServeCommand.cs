using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Http;
using Montenegro.Bot.Hosting;
using Montenegro.Bot.Http;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Montenegro.Bot.CommandLine;

/// <summary>
/// <c>serve</c>: the long-running bot. The HTTP surface (health, readiness, Prometheus metrics) always;
/// with <c>Discord:PublicKey</c>, slash commands over HTTP at <c>POST /interactions</c>; otherwise, with
/// <c>Discord:Token</c>, the Discord gateway.
/// </summary>
public static partial class ServeCommand
{
    /// <summary>Builds the service host; exposed for tests, which pass <c>--Http:Port=0</c>.</summary>
    public static WebApplication Build(string[] hostArgs)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = hostArgs,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddBotDefaults();

        var (port, portError) = HttpPort.From(builder.Configuration);
        if (portError is not null)
        {
            throw new OptionsValidationException(HttpPort.Setting, typeof(int), [portError]);
        }

        // Through Kestrel's own HTTP_PORTS setting (what ASPNETCORE_HTTP_PORTS sets), so nothing is "overridden".
        builder.WebHost.UseSetting("HTTP_PORTS", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // A public key means interactions arrive over HTTP: no gateway, so replicas can scale out.
        var overHttp = BotHost.HasDiscordPublicKey(builder.Configuration);
        var gateway = !overHttp && BotHost.HasDiscordToken(builder.Configuration);
        if (overHttp)
        {
            builder.AddDiscordOverHttp();
        }
        else if (gateway)
        {
            builder.AddDiscord();
        }

        builder.Services.AddSingleton(sp => new ReadinessProbe(
            sp.GetRequiredService<KnowledgeState>(),
            gateway ? sp.GetRequiredService<DiscordGatewayState>() : null));
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("montenegro-bot"))
            .WithMetrics(metrics => metrics
            .AddMeter(AnswerMetrics.MeterName, DiscordMetrics.MeterName)
            .AddPrometheusExporter());

        var app = builder.Build();
        app.MapHealthEndpoints();
        app.MapPrometheusScrapingEndpoint("/metrics");
        if (overHttp)
        {
            app.MapDiscordInteractions();
        }
        else if (!gateway)
        {
            LogNoDiscord(app.Logger);
        }

        return app;
    }

    /// <summary>Runs until stopped (Ctrl-C, SIGTERM) or a fatal error.</summary>
    public static async Task<int> RunAsync(string[] hostArgs, TextWriter error)
    {
        WebApplication app;
        try
        {
            app = Build(hostArgs);
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"Invalid settings: {string.Join(" ", e.Failures)}");
            return BotCommandLine.UsageExitCode;
        }

        await using (app)
        {
            try
            {
                await app.RunAsync();
            }
            catch (OptionsValidationException e)
            {
                await error.WriteLineAsync($"Invalid settings: {string.Join(" ", e.Failures)}");
                return BotCommandLine.UsageExitCode;
            }
            catch (IOException e)
            {
                // Kestrel could not bind: the port is taken or not allowed.
                await error.WriteLineAsync($"Cannot listen for HTTP: {e.Message}");
                return 1;
            }
        }

        return Environment.ExitCode;
    }

    /// <summary>The address a started app listens on (for tests that ask for port 0).</summary>
    public static Uri Address(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var first = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        return new Uri(first);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neither Discord:Token nor Discord:PublicKey is set: serving health, readiness and metrics only")]
    private static partial void LogNoDiscord(ILogger logger);
}
