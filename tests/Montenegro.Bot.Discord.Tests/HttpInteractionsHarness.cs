using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Http;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Testing;
using NSec.Cryptography;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>
/// An app with <c>MapDiscordInteractions</c>, in memory (TestServer) or, where the transport is the point, on real
/// Kestrel at 127.0.0.1. It plays Discord's side with a key pair made here; <see cref="FakeDiscord"/> takes the REST
/// calls (edits, follow-ups, command registration). Fake clock, with its timers in view.
/// </summary>
internal sealed class HttpInteractionsHarness : IAsyncDisposable
{
    private HttpInteractionsHarness(FakeDiscord discord, WebApplication app, TrackingTimeProvider time, TestBot bot, CapturingLoggerProvider logs, Key key, HttpClient client)
    {
        Discord = discord;
        App = app;
        Time = time;
        Bot = bot;
        Logs = logs;
        Key = key;
        Client = client;
        Metrics = new MetricsRecorder(DiscordMetrics.MeterName, app.Services.GetService<IMeterFactory>());
    }

    public static DateTimeOffset Start { get; } = new(2026, 11, 23, 17, 0, 0, TimeSpan.Zero);

    public FakeDiscord Discord { get; }

    public WebApplication App { get; }

    public TrackingTimeProvider Time { get; }

    public TestBot Bot { get; }

    public CapturingLoggerProvider Logs { get; }

    public MetricsRecorder Metrics { get; }

    /// <summary>The application's signing key (Discord's secret half).</summary>
    public Key Key { get; }

    public HttpClient Client { get; }

    public static async Task<HttpInteractionsHarness> StartAsync(
        Action<Dictionary<string, string?>>? settings = null,
        Action<TestBot>? bot = null,
        bool withToken = false,
        bool realServer = false,
        Action<IServiceCollection, TimeProvider>? services = null)
    {
        var time = new TrackingTimeProvider(Start);
        var discord = await FakeDiscord.StartAsync(time);
        var key = Key.Create(SignatureAlgorithm.Ed25519);
        var config = new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = SignatureVerifierTests.PublicHex(key),
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord:ProjectUrl"] = "https://example.org/tests",
            ["Discord:Version"] = "1.2.3",
        };
        if (withToken)
        {
            config["Discord:Token"] = discord.Token;
        }

        settings?.Invoke(config);
        var testBot = new TestBot();
        bot?.Invoke(testBot);
        var logs = new CapturingLoggerProvider();
        var app = Build(config, time, testBot, logs, realServer, s => services?.Invoke(s, time));
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            await discord.DisposeAsync();
            key.Dispose();
            throw;
        }

        HttpClient client;
        if (realServer)
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
        }
        else
        {
            client = app.GetTestClient();
        }

        return new HttpInteractionsHarness(discord, app, time, testBot, logs, key, client);
    }

    public static WebApplication Build(
        Dictionary<string, string?> config,
        TimeProvider time,
        TestBot bot,
        CapturingLoggerProvider logs,
        bool realServer = false,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);

        // ASP.NET Core's per-request lines would be most of the log (and of the time) in the tests that send thousands.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        if (realServer)
        {
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton<IInteractionHandler>(bot);
        builder.Services.AddSingleton<IApplicationCommandSource>(bot);
        services?.Invoke(builder.Services);
        builder.Services.AddDiscordHttpInteractions(builder.Configuration.GetSection(DiscordOptions.SectionName));
        var app = builder.Build();
        app.MapDiscordInteractions();
        return app;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking whenever the fake, the bot, the log, the metrics or the clock report a change.</summary>
    public Task WaitUntilAsync(Func<bool> condition, string because, TimeSpan? timeout = null) =>
        ChangeSignal.WaitUntilAsync(condition, because, timeout, Discord.Changes, Bot.Changes, Logs.Changes, Metrics.Changes, Time.Changes);

    /// <summary>A signed request as Discord would send it (or as an attacker would, through the knobs).</summary>
    public HttpRequestMessage SignedRequest(
        byte[] body,
        Key? signedWith = null,
        DateTimeOffset? timestamp = null,
        Func<byte[], byte[]>? afterSigning = null,
        bool withHeaders = true)
    {
        var seconds = SignatureVerifierTests.Seconds(timestamp ?? Time.GetUtcNow());
        var signature = SignatureVerifierTests.Sign(signedWith ?? Key, seconds, body);
        var content = new ByteArrayContent(afterSigning?.Invoke(body) ?? body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/interactions") { Content = content };
        if (withHeaders)
        {
            request.Headers.Add(InteractionSignatureVerifier.SignatureHeader, signature);
            request.Headers.Add(InteractionSignatureVerifier.TimestampHeader, seconds);
        }

        return request;
    }

    /// <summary>POSTs <paramref name="body"/> signed as Discord would (or as an attacker would, through the knobs).</summary>
    public async Task<HttpResponseMessage> PostAsync(
        byte[] body,
        Key? signedWith = null,
        DateTimeOffset? timestamp = null,
        Func<byte[], byte[]>? afterSigning = null,
        bool withHeaders = true)
    {
        using var request = SignedRequest(body, signedWith, timestamp, afterSigning, withHeaders);
        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(JsonNode payload, DateTimeOffset? timestamp = null) =>
        PostAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), timestamp: timestamp);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Metrics.Dispose();
        try
        {
            await App.StopAsync();
        }
        finally
        {
            await App.DisposeAsync();
            await Discord.DisposeAsync();
            Key.Dispose();
        }
    }
}
