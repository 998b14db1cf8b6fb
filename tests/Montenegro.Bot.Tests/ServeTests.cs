using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Montenegro.Bot.CommandLine;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Testing;
using Montenegro.Bot.Hosting;
using Montenegro.Bot.Http;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Tests;

/// <summary>The <c>serve</c> host's HTTP surface: health, readiness and metrics, in memory (TestServer) where a port is not the point.</summary>
public sealed class ServeTests
{
    private static async Task<WebApplication> StartInMemoryAsync(params string[] settings)
    {
        var builder = BotHost.CreateServiceBuilder(["--Logging:LogLevel:Default=Warning", .. settings]);
        builder.WebHost.UseTestServer();
        var app = builder.Build();
        app.MapHttpSurface();
        await app.StartAsync();
        return app;
    }

    private static Task KnowledgeLoadedAsync(WebApplication app) =>
        app.Services.GetRequiredService<KnowledgeState>().WhenReadyAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

    [Fact]
    public async Task Healthz_is_alive_and_readyz_is_ready_once_the_index_is_loaded()
    {
        await using var app = await StartInMemoryAsync();
        using var http = app.GetTestClient();

        var live = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        await KnowledgeLoadedAsync(app);
        var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(200, (int)live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(200, (int)ready.StatusCode);
        Assert.Equal("Ready", await ready.Content.ReadAsStringAsync());
        Assert.Contains("no-store", ready.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_is_503_with_the_reason_while_the_gateway_session_is_not_ready()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.SendHello = false;
        await using var app = await StartInMemoryAsync($"--Discord:Token={discord.Token}", $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}");
        using var http = app.GetTestClient();

        // Once the index has loaded, the gateway is still waiting for a HELLO that never comes.
        await KnowledgeLoadedAsync(app);
        var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Equal("Not ready: the Discord gateway session is not ready", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_names_the_load_error_when_the_sources_cannot_be_loaded()
    {
        using var data = new BrokenDataFolder();
        await using var app = await StartInMemoryAsync($"--Data:Path={data.Path}");
        using var http = app.GetTestClient();

        await Assert.ThrowsAsync<Knowledge.KnowledgeLoadException>(() => KnowledgeLoadedAsync(app));
        var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(503, (int)response.StatusCode);
        Assert.StartsWith("Not ready: the sources could not be loaded: ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(app.Services.GetRequiredService<KnowledgeState>().LoadError);
    }

    [Fact]
    public async Task Metrics_count_answers_by_intent_and_discord_interactions()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var app = await StartInMemoryAsync($"--Discord:Token={discord.Token}", $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}");
        using var http = app.GetTestClient();
        using var handled = new InstrumentSignal(app.Services.GetRequiredService<IMeterFactory>(), DiscordMetrics.MeterName, "discord.interactions.handled");
        await discord.WaitForSessionAsync();
        await KnowledgeLoadedAsync(app);

        var id = discord.NextSnowflake();
        await discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(discord, id, "ask", ("question", "When did Montenegro join NATO?")));
        await handled.Recorded.WaitAsync(TimeSpan.FromSeconds(20));
        var metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("bot_answers_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("intent=\"nato\"", metrics, StringComparison.Ordinal);
        Assert.Contains("outcome=\"answered\"", metrics, StringComparison.Ordinal);
        Assert.Contains("bot_answer_duration_milliseconds_bucket", metrics, StringComparison.Ordinal);
        Assert.Contains("discord_interactions_handled", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthcheck_command_passes_against_a_running_bot_and_fails_against_nothing()
    {
        var app = BotHost.BuildService(["--Http:Port=0", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        var port = ServeCommand.Address(app).Port.ToString(CultureInfo.InvariantCulture);
        var healthyOutput = new StringWriter();
        var healthy = await HealthcheckCommand.RunAsync([$"--Http:Port={port}"], Console(healthyOutput, TextWriter.Null));
        await app.StopAsync();
        await app.DisposeAsync();
        var error = new StringWriter();
        var unhealthy = await HealthcheckCommand.RunAsync([$"--Http:Port={port}"], Console(TextWriter.Null, error));

        Assert.Equal(0, healthy);
        Assert.Equal("Healthy", healthyOutput.ToString().Trim());
        Assert.Equal(1, unhealthy);
        Assert.StartsWith("Unhealthy", error.ToString(), StringComparison.Ordinal);
    }

    private static BotConsole Console(TextWriter output, TextWriter error) => new(TextReader.Null, output, error, InputIsTerminal: true, OutputIsTerminal: false);
}
