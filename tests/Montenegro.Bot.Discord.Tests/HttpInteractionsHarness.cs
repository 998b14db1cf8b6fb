using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Http;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Testing;
using NSec.Cryptography;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>
/// A real Kestrel app on 127.0.0.1 with <c>MapDiscordInteractions</c>, playing Discord's side with a key pair made
/// here; <see cref="FakeDiscord"/> takes the REST calls (edits, follow-ups, command registration). Fake clock.
/// </summary>
internal sealed class HttpInteractionsHarness : IAsyncDisposable
{
    private HttpInteractionsHarness(FakeDiscord discord, WebApplication app, FakeTimeProvider time, TestBot bot, CapturingLoggerProvider logs, Key key, HttpClient client)
    {
        Discord = discord;
        App = app;
        Time = time;
        Bot = bot;
        Logs = logs;
        Key = key;
        Client = client;
    }

    public FakeDiscord Discord { get; }

    public WebApplication App { get; }

    public FakeTimeProvider Time { get; }

    public TestBot Bot { get; }

    public CapturingLoggerProvider Logs { get; }

    /// <summary>The application's signing key (Discord's secret half).</summary>
    public Key Key { get; }

    public HttpClient Client { get; }

    public static async Task<HttpInteractionsHarness> StartAsync(
        Action<Dictionary<string, string?>>? settings = null,
        Action<TestBot>? bot = null,
        bool withToken = false)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));
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
        var app = Build(config, time, testBot, logs);
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

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
        return new HttpInteractionsHarness(discord, app, time, testBot, logs, key, client);
    }

    public static WebApplication Build(Dictionary<string, string?> config, TimeProvider time, TestBot bot, CapturingLoggerProvider logs)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton<IInteractionHandler>(bot);
        builder.Services.AddSingleton<IApplicationCommandSource>(bot);
        builder.Services.AddDiscordHttpInteractions(builder.Configuration.GetSection(DiscordOptions.SectionName));
        var app = builder.Build();
        app.MapDiscordInteractions();
        return app;
    }

    /// <summary>POSTs <paramref name="body"/> signed as Discord would (or as an attacker would, through the knobs).</summary>
    public Task<HttpResponseMessage> PostAsync(
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

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(JsonNode payload) => PostAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
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
