using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Montenegro.Bot.Hosting;
using Montenegro.Bot.Http;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Tests.Reload;

/// <summary><c>serve</c> while its sources change: ready throughout, reloads and failures counted at <c>/metrics</c>.</summary>
public sealed class ServeReloadTests
{
    private static async Task<WebApplication> StartInMemoryAsync(ReloadableDataFolder data)
    {
        var builder = BotHost.CreateServiceBuilder(["--Logging:LogLevel:Default=Warning", .. data.Settings]);
        builder.WebHost.UseTestServer();
        var app = builder.Build();
        app.MapHttpSurface();
        await app.StartAsync();
        await app.Services.GetRequiredService<KnowledgeState>().WhenReadyAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        return app;
    }

    // Asks /readyz over and over until the reload has ended, and returns every status seen meanwhile.
    private static async Task<List<int>> ReadinessDuringAsync(HttpClient http, Task<KnowledgeReload> reload)
    {
        var statuses = new List<int>();
        do
        {
            using var response = await http.GetAsync(new Uri(HttpSurface.ReadinessPath, UriKind.Relative));
            statuses.Add((int)response.StatusCode);
        }
        while (!reload.IsCompleted);
        return statuses;
    }

    [Fact]
    public async Task Readyz_stays_200_through_a_reload_and_a_failed_one_and_metrics_count_both()
    {
        using var data = new ReloadableDataFolder();
        await using var app = await StartInMemoryAsync(data);
        using var http = app.GetTestClient();
        var knowledge = app.Services.GetRequiredService<KnowledgeState>();

        // Counted on this host's meters only: /metrics also adds up the meters of other hosts running in this process.
        using var counts = new MetricsRecorder(KnowledgeMetrics.MeterName, app.Services.GetRequiredService<IMeterFactory>());
        var catalog = data.Read("sources.json");

        var reloaded = knowledge.NextReloadAsync(CancellationToken.None);
        data.Drop("consulate-note.txt", "In 2019 Montenegro opened an honorary consulate in Reykjavik, run by two volunteers from the diaspora.\n");
        var duringReload = await ReadinessDuringAsync(http, reloaded);
        var first = await reloaded;
        var failed = knowledge.NextReloadAsync(CancellationToken.None);
        data.Drop("sources.json", catalog[..(catalog.Length / 2)]);
        var duringFailure = await ReadinessDuringAsync(http, failed);
        var second = await failed;
        using var afterwards = await http.GetAsync(new Uri(HttpSurface.ReadinessPath, UriKind.Relative));
        var metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.True(first.Succeeded, first.Problem);
        Assert.False(second.Succeeded);
        Assert.All(duringReload.Concat(duringFailure), status => Assert.Equal(200, status));
        Assert.Equal(200, (int)afterwards.StatusCode);
        Assert.Equal("Ready", await afterwards.Content.ReadAsStringAsync());
        Assert.Equal((1, 1), (counts.Total("bot.knowledge.reloads"), counts.Total("bot.knowledge.reload.failures")));
        Assert.Matches(@"(?m)^bot_knowledge_reloads_total(\{[^}]*\})? [1-9]", metrics);
        Assert.Matches(@"(?m)^bot_knowledge_reload_failures_total(\{[^}]*\})? [1-9]", metrics);
    }
}
