using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Charts;
using Montenegro.Bot.Discord.Testing;
using Montenegro.Bot.Knowledge;

namespace Montenegro.Bot.Tests.Charts;

[Collection(EngineCollection.Name)]
public sealed class PollChartServiceTests(EngineFixture fixture) : IDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    private readonly FakeTimeProvider _time = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly LoggerFactory _loggerFactory = new();

    private PollChartService Service(IPollChartRenderer renderer)
    {
        _loggerFactory.AddProvider(_logs);
        return new PollChartService(renderer, _time, _loggerFactory.CreateLogger<PollChartService>(), Options.Create(new ChartOptions { RenderBudget = Budget }));
    }

    private IReadOnlyList<CapturedLog> Lines(LogLevel level) => _logs.Entries.Where(e => e.Level == level).ToList();

    public void Dispose() => _loggerFactory.Dispose();

    [Fact]
    public async Task A_chart_is_drawn_once_and_then_served_from_the_cache()
    {
        var service = Service(new PollChartRenderer());

        var first = await service.GetPollChartAsync(fixture.Knowledge, null, CancellationToken.None);
        var second = await service.GetPollChartAsync(fixture.Knowledge, null, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Equal(1, service.RenderCount);
        Assert.Equal((first.Width, first.Height), Png.Size(first.Png));
    }

    [Fact]
    public async Task Concurrent_requests_for_the_same_chart_draw_it_once()
    {
        var renderer = new GatedRenderer();
        var service = Service(renderer);

        var requests = Enumerable.Range(0, 8).Select(_ => service.GetPollChartAsync(fixture.Knowledge, "cedem", CancellationToken.None)).ToList();
        await renderer.Started;
        renderer.Release();
        var charts = await Task.WhenAll(requests);

        Assert.All(charts, c => Assert.Same(charts[0], c));
        Assert.Equal("nato-polls-cedem.png", charts[0]!.FileName);
        Assert.Equal(1, renderer.Calls);
        Assert.Equal(1, service.RenderCount);
    }

    [Fact]
    public async Task Each_pollster_filter_has_its_own_chart()
    {
        var service = Service(new PollChartRenderer());

        var all = await service.GetPollChartAsync(fixture.Knowledge, null, CancellationToken.None);
        var ipsos = await service.GetPollChartAsync(fixture.Knowledge, "ipsos", CancellationToken.None);
        var ipsosAgain = await service.GetPollChartAsync(fixture.Knowledge, "ipsos", CancellationToken.None);

        Assert.NotEqual(all!.Png, ipsos!.Png);
        Assert.Same(ipsos, ipsosAgain);
        Assert.Equal(2, service.RenderCount);
    }

    [Fact]
    public async Task A_reloaded_knowledge_base_gets_a_fresh_chart()
    {
        var renderer = new GatedRenderer();
        renderer.Release();
        var service = Service(renderer);
        using var reloaded = KnowledgeBaseLoader.Load(Path.Combine(AppContext.BaseDirectory, "data"));

        var before = await service.GetPollChartAsync(fixture.Knowledge, null, CancellationToken.None);
        var after = await service.GetPollChartAsync(reloaded, null, CancellationToken.None);

        Assert.NotSame(before, after);
        Assert.Equal(2, service.RenderCount);
    }

    [Fact]
    public async Task A_chart_not_ready_within_the_budget_is_left_off_and_lands_in_the_cache_later()
    {
        var renderer = new GatedRenderer();
        var service = Service(renderer);

        var late = service.GetPollChartAsync(fixture.Knowledge, null, CancellationToken.None);
        await renderer.Started;
        _time.Advance(Budget);

        Assert.Null(await late);
        var warning = Assert.Single(Lines(LogLevel.Warning));
        Assert.Contains("not ready within 2000 ms", warning.Message, StringComparison.Ordinal);

        renderer.Release();
        var next = await service.GetPollChartAsync(fixture.Knowledge, null, CancellationToken.None);
        Assert.NotNull(next);
        Assert.Equal(1, renderer.Calls);
    }

    [Fact]
    public async Task The_caller_waits_off_its_own_thread_until_the_chart_is_ready()
    {
        var renderer = new GatedRenderer();
        var service = Service(renderer);

        var pending = service.GetPollChartAsync(fixture.Knowledge, null, CancellationToken.None);

        // The call returned while the renderer is still blocked: drawing runs elsewhere.
        await renderer.Started;
        Assert.False(pending.IsCompleted);
        renderer.Release();
        Assert.NotNull(await pending);
    }

    [Fact]
    public async Task A_failed_drawing_is_logged_once_and_answers_go_without_a_chart()
    {
        var renderer = new GatedRenderer { Failure = new ChartFontException("No font for charts.") };
        renderer.Release();
        var service = Service(renderer);

        Assert.Null(await service.GetPollChartAsync(fixture.Knowledge, null, CancellationToken.None));
        Assert.Null(await service.GetPollChartAsync(fixture.Knowledge, null, CancellationToken.None));

        var error = Assert.Single(Lines(LogLevel.Error));
        Assert.Contains("No font for charts.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(1, renderer.Calls);
    }

    [Theory]
    [InlineData("gallup")]
    [InlineData("serbs")]
    [InlineData("strategic-marketing")]
    public async Task No_chart_for_what_is_not_a_pollster_with_figures(string pollsterId)
    {
        var renderer = new GatedRenderer();
        renderer.Release();
        var service = Service(renderer);

        Assert.Null(await service.GetPollChartAsync(fixture.Knowledge, pollsterId, CancellationToken.None));
        Assert.Equal(0, renderer.Calls);
        Assert.Empty(Lines(LogLevel.Warning).Concat(Lines(LogLevel.Error)));
    }

    [Fact]
    public async Task A_cancelled_caller_stops_waiting_but_the_chart_is_still_drawn_for_others()
    {
        var renderer = new GatedRenderer();
        var service = Service(renderer);
        using var cancel = new CancellationTokenSource();

        var abandoned = service.GetPollChartAsync(fixture.Knowledge, null, cancel.Token);
        await renderer.Started;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        renderer.Release();
        Assert.NotNull(await service.GetPollChartAsync(fixture.Knowledge, null, CancellationToken.None));
        Assert.Equal(1, renderer.Calls);
    }

    [Fact]
    public async Task A_prefetched_chart_is_ready_for_the_first_answer()
    {
        var renderer = new GatedRenderer();
        var service = Service(renderer);

        service.Prefetch(fixture.Knowledge);
        await renderer.Started;
        renderer.Release();

        Assert.NotNull(await service.GetPollChartAsync(fixture.Knowledge, null, CancellationToken.None));
        Assert.Equal(1, renderer.Calls);
    }
}
