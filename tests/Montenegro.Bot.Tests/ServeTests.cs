using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Montenegro.Bot.CommandLine;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Tests;

/// <summary>The <c>serve</c> host: health, readiness and metrics over real HTTP on a free port.</summary>
public sealed class ServeTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private static async Task<WebApplication> StartAsync(params string[] args)
    {
        var app = ServeCommand.Build(["--Http:Port=0", "--Logging:LogLevel:Default=Warning", .. args]);
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpResponseMessage> WaitForStatusAsync(Uri url, int status, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var response = await Http.GetAsync(url);
            if ((int)response.StatusCode == status || watch.Elapsed > timeout)
            {
                return response;
            }

            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Healthz_is_alive_and_readyz_turns_ready_once_the_index_is_loaded()
    {
        await using var app = await StartAsync();
        var baseUrl = ServeCommand.Address(app);

        var live = await Http.GetAsync(new Uri(baseUrl, "/healthz"));
        var ready = await WaitForStatusAsync(new Uri(baseUrl, "/readyz"), 200, TimeSpan.FromSeconds(20));

        Assert.Equal(200, (int)live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal("Ready", await ready.Content.ReadAsStringAsync());
        await app.StopAsync();
    }

    [Fact]
    public async Task Readyz_is_503_with_the_reason_while_the_gateway_session_is_not_ready()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.SendHello = false;
        await using var app = await StartAsync($"--Discord:Token={discord.Token}", $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}");
        var url = new Uri(ServeCommand.Address(app), "/readyz");

        // Once the index has loaded, the gateway is still waiting for a HELLO that never comes.
        var watch = Stopwatch.StartNew();
        HttpResponseMessage response;
        string body;
        do
        {
            response = await Http.GetAsync(url);
            body = await response.Content.ReadAsStringAsync();
        }
        while (body.Contains("still loading", StringComparison.Ordinal) && watch.Elapsed < TimeSpan.FromSeconds(20));

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Contains("Discord gateway session is not ready", body, StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public async Task Metrics_count_answers_by_intent_and_discord_interactions()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var app = await StartAsync($"--Discord:Token={discord.Token}", $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}");
        var baseUrl = ServeCommand.Address(app);
        await discord.WaitForSessionAsync();
        Assert.Equal(200, (int)(await WaitForStatusAsync(new Uri(baseUrl, "/readyz"), 200, TimeSpan.FromSeconds(20))).StatusCode);

        var id = discord.NextSnowflake();
        await discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(discord, id, "ask", ("question", "When did Montenegro join NATO?")));
        await discord.WaitForRequestAsync(r => r.Path.Contains(id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var metrics = string.Empty;
        var watch = Stopwatch.StartNew();
        while (!metrics.Contains("discord_interactions_handled", StringComparison.Ordinal) && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            metrics = await Http.GetStringAsync(new Uri(baseUrl, "/metrics"));
        }

        Assert.Contains("bot_answers_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("intent=\"nato\"", metrics, StringComparison.Ordinal);
        Assert.Contains("outcome=\"answered\"", metrics, StringComparison.Ordinal);
        Assert.Contains("bot_answer_duration_milliseconds_bucket", metrics, StringComparison.Ordinal);
        Assert.Contains("discord_interactions_handled", metrics, StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public async Task Healthcheck_command_passes_against_a_running_bot_and_fails_against_nothing()
    {
        await using var app = await StartAsync();
        var port = ServeCommand.Address(app).Port.ToString(CultureInfo.InvariantCulture);

        var healthy = await HealthcheckCommand.RunAsync([$"--Http:Port={port}"], TextWriter.Null, TextWriter.Null);
        await app.StopAsync();
        var error = new StringWriter();
        var unhealthy = await HealthcheckCommand.RunAsync([$"--Http:Port={port}"], TextWriter.Null, error);

        Assert.Equal(0, healthy);
        Assert.Equal(1, unhealthy);
        Assert.Contains("Unhealthy", error.ToString(), StringComparison.Ordinal);
    }
}
