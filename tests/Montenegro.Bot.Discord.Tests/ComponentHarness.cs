using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Http;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Testing;
using NSec.Cryptography;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>
/// The library with command and component handlers, reached over either transport (gateway or HTTP endpoint) against
/// <see cref="FakeDiscord"/>, on a fake clock. <see cref="DeliverAsync"/> returns the initial response whichever way it
/// travelled, so one test body checks both transports.
/// </summary>
internal sealed class ComponentHarness : IAsyncDisposable
{
    private readonly IHost? _gatewayHost;
    private readonly WebApplication? _httpApp;
    private readonly HttpClient? _client;
    private readonly Key? _key;

    private ComponentHarness(InteractionTransport transport, FakeDiscord discord, TrackingTimeProvider time, TestBot bot, CapturingLoggerProvider logs, IHost? gatewayHost, WebApplication? httpApp, HttpClient? client, Key? key)
    {
        Transport = transport;
        Discord = discord;
        Time = time;
        Bot = bot;
        Logs = logs;
        _gatewayHost = gatewayHost;
        _httpApp = httpApp;
        _client = client;
        _key = key;
        Metrics = new MetricsRecorder(DiscordMetrics.MeterName, Services.GetService<System.Diagnostics.Metrics.IMeterFactory>());
    }

    public InteractionTransport Transport { get; }

    public FakeDiscord Discord { get; }

    public TrackingTimeProvider Time { get; }

    public TestBot Bot { get; }

    public CapturingLoggerProvider Logs { get; }

    /// <summary>The Discord counters; an interaction is counted once everything it sends is sent.</summary>
    public MetricsRecorder Metrics { get; }

    public IServiceProvider Services => _gatewayHost?.Services ?? _httpApp!.Services;

    public static async Task<ComponentHarness> StartAsync(
        InteractionTransport transport,
        Action<IServiceCollection>? services = null,
        Action<TestBot>? bot = null)
    {
        var time = new TrackingTimeProvider(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));
        var discord = await FakeDiscord.StartAsync(time);
        var testBot = new TestBot();
        bot?.Invoke(testBot);
        var logs = new CapturingLoggerProvider();
        var config = new Dictionary<string, string?>
        {
            ["Discord:Token"] = discord.Token,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord:ProjectUrl"] = "https://example.org/tests",
            ["Discord:Version"] = "1.2.3",
        };

        if (transport == InteractionTransport.Gateway)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
            builder.Configuration.AddInMemoryCollection(config);
            Common(builder.Services, builder.Logging, time, testBot, logs);
            builder.Services.AddSingleton<IMessageHandler>(testBot);
            builder.Services.AddDiscordBot(builder.Configuration.GetSection(DiscordOptions.SectionName));
            services?.Invoke(builder.Services);
            var host = builder.Build();
            await host.StartAsync();
            await discord.WaitForSessionAsync();
            var state = host.Services.GetRequiredService<DiscordGatewayState>();
            await ChangeSignal.WaitUntilAsync(() => state.IsReady, "bot saw READY", null, logs.Changes, discord.Changes);
            return new ComponentHarness(transport, discord, time, testBot, logs, host, null, null, null);
        }

        var signingKey = Key.Create(SignatureAlgorithm.Ed25519);
        config["Discord:PublicKey"] = SignatureVerifierTests.PublicHex(signingKey);
        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Test" });
        web.Configuration.AddInMemoryCollection(config);
        web.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        Common(web.Services, web.Logging, time, testBot, logs);
        web.Services.AddDiscordHttpInteractions(web.Configuration.GetSection(DiscordOptions.SectionName));
        services?.Invoke(web.Services);
        var app = web.Build();
        app.MapDiscordInteractions();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
        return new ComponentHarness(transport, discord, time, testBot, logs, null, app, http, signingKey);
    }

    /// <summary>
    /// Delivers an interaction and returns its initial response (the REST callback body, or the HTTP response body).
    /// With <paramref name="advanceClock"/> the fake clock jumps to the deferral threshold once the bot waits on it, so
    /// a slow handler gets deferred.
    /// </summary>
    public async Task<JsonNode> DeliverAsync(JsonObject interaction, bool advanceClock = false)
    {
        var token = interaction["token"]!.GetValue<string>();
        var since = Time.LastTimerId;
        if (Transport == InteractionTransport.Gateway)
        {
            await Discord.DispatchAsync("INTERACTION_CREATE", interaction);
            await DeferIfAskedAsync(advanceClock, since);
            return (await WaitForCallbackAsync(token)).Json!;
        }

        var body = Encoding.UTF8.GetBytes(interaction.ToJsonString());
        var seconds = SignatureVerifierTests.Seconds(Time.GetUtcNow());
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/interactions") { Content = content };
        request.Headers.Add(InteractionSignatureVerifier.SignatureHeader, SignatureVerifierTests.Sign(_key!, seconds, body));
        request.Headers.Add(InteractionSignatureVerifier.TimestampHeader, seconds);
        var posting = _client!.SendAsync(request);
        await DeferIfAskedAsync(advanceClock, since);
        using var response = await posting.WaitAsync(ChangeSignal.DefaultTimeout);
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            // Answered over REST instead (files need multipart).
            return (await WaitForCallbackAsync(token)).Json!;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Discord.AcknowledgeInline(token);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Requests the bot made with this interaction's token after its initial response (edits, follow-ups).</summary>
    public IReadOnlyList<RecordedRequest> WebhookRequests(JsonObject interaction) =>
        Discord.Requests.Where(r => r.Path.StartsWith($"/webhooks/{Discord.ApplicationId}/{interaction["token"]!.GetValue<string>()}", StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        Metrics.Dispose();
        try
        {
            if (_gatewayHost is not null)
            {
                await _gatewayHost.StopAsync();
                _gatewayHost.Dispose();
            }

            if (_httpApp is not null)
            {
                await _httpApp.StopAsync();
                await _httpApp.DisposeAsync();
            }
        }
        finally
        {
            await Discord.DisposeAsync();
            _key?.Dispose();
        }
    }

    private static void Common(IServiceCollection services, ILoggingBuilder logging, TimeProvider time, TestBot bot, CapturingLoggerProvider logs)
    {
        logging.ClearProviders();
        logging.AddProvider(logs);
        logging.SetMinimumLevel(LogLevel.Trace);
        services.AddMetrics();
        services.AddSingleton(time);
        services.AddSingleton<IInteractionHandler>(bot);
        services.AddSingleton<IApplicationCommandSource>(bot);
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
    }

    private Task<RecordedRequest> WaitForCallbackAsync(string token) =>
        Discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith($"/{token}/callback", StringComparison.Ordinal));

    /// <summary>Once the bot races its handler against the deferral threshold (a timer started after <paramref name="since"/>), fires it.</summary>
    private async Task DeferIfAskedAsync(bool advanceClock, long since)
    {
        if (advanceClock)
        {
            var threshold = new DiscordOptions().DeferThreshold;
            Time.AdvanceTo(await Time.WaitForTimerAsync(t => t.Remaining <= threshold, "the deferral threshold", since));
        }
    }
}
