using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Charts;

/// <summary>
/// Poll charts for answers: drawn on the thread pool, never on the caller's thread, at most once per
/// knowledge base and pollster (the polls only change when the knowledge base is reloaded, and a new
/// knowledge base starts a new cache while the old one goes with it). A caller waits at most
/// <see cref="ChartOptions.RenderBudget"/>; a chart not ready by then, or one that failed, is left off
/// that answer with one log line, and a slow chart still lands in the cache for the next answer.
/// Failures are cached too: the same data fails the same way until a reload.
/// </summary>
public sealed partial class PollChartService
{
    private readonly ConditionalWeakTable<KnowledgeBase, ConcurrentDictionary<string, Lazy<Task<ChartImage?>>>> _charts = new();
    private readonly IPollChartRenderer _renderer;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<PollChartService> _logger;
    private readonly TimeSpan _budget;
    private int _renderCount;

    /// <summary>Creates the service.</summary>
    public PollChartService(IPollChartRenderer renderer, TimeProvider timeProvider, ILogger<PollChartService> logger, IOptions<ChartOptions> options)
    {
        _renderer = renderer;
        _timeProvider = timeProvider;
        _logger = logger;
        _budget = options.Value.RenderBudget;
    }

    /// <summary>How many charts were drawn (not served from the cache) since start.</summary>
    public int RenderCount => Volatile.Read(ref _renderCount);

    /// <summary>
    /// The chart of <paramref name="knowledge"/>'s polls, all of them or only those of the pollster with
    /// entity id <paramref name="pollsterId"/>; null when there is nothing to chart (no such pollster, or it
    /// has no dated figures), when the chart is not ready within the budget, or when drawing it failed.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting; the drawing goes on for later callers.</exception>
    public async Task<ChartImage?> GetPollChartAsync(KnowledgeBase knowledge, string? pollsterId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);

        // Only real pollsters become cache keys: arbitrary text from a user must not grow the cache.
        if (pollsterId is not null && !(knowledge.EntitiesById.TryGetValue(pollsterId, out var entity) && entity.Type == EntityType.Pollster))
        {
            return null;
        }

        var drawing = Drawing(knowledge, pollsterId);
        if (drawing.IsCompleted)
        {
            return await drawing;
        }

        try
        {
            return await drawing.WaitAsync(_budget, _timeProvider, cancellationToken);
        }
        catch (TimeoutException)
        {
            LogNotReady(_logger, pollsterId ?? "all", (long)_budget.TotalMilliseconds);
            return null;
        }
    }

    /// <summary>
    /// Starts drawing the chart of all pollsters for <paramref name="knowledge"/> without waiting, so that the
    /// first answer that wants it finds it ready. Call it when a knowledge base has been loaded.
    /// </summary>
    public void Prefetch(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _ = Drawing(knowledge, null);
    }

    // The one drawing task per knowledge base and pollster, started on first use.
    private Task<ChartImage?> Drawing(KnowledgeBase knowledge, string? pollsterId)
    {
        var charts = _charts.GetValue(knowledge, _ => new ConcurrentDictionary<string, Lazy<Task<ChartImage?>>>(StringComparer.Ordinal));
        return charts.GetOrAdd(pollsterId ?? string.Empty, _ => new Lazy<Task<ChartImage?>>(() => Task.Run(() => Draw(knowledge, pollsterId)))).Value;
    }

    // Never throws: a failure is logged once and cached as "no chart".
    private ChartImage? Draw(KnowledgeBase knowledge, string? pollsterId)
    {
        try
        {
            var data = PollChartData.Build(knowledge, pollsterId);
            if (data.IsEmpty)
            {
                return null;
            }

            Interlocked.Increment(ref _renderCount);
            var started = _timeProvider.GetTimestamp();
            var chart = _renderer.Render(data);
            LogRendered(_logger, pollsterId ?? "all", chart.Png.Length, (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds);
            return chart;
        }
        catch (Exception e)
        {
            LogFailed(_logger, pollsterId ?? "all", e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Poll chart ({Pollster}) not ready within {Budget} ms: answering without it")]
    private static partial void LogNotReady(ILogger logger, string pollster, long budget);

    [LoggerMessage(Level = LogLevel.Error, Message = "Poll chart ({Pollster}) could not be drawn: {Reason}. Answers go without it until the sources are reloaded")]
    private static partial void LogFailed(ILogger logger, string pollster, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Poll chart ({Pollster}) drawn: {Bytes} bytes in {Milliseconds} ms")]
    private static partial void LogRendered(ILogger logger, string pollster, int bytes, long milliseconds);
}
