using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>
/// Loads <c>data/</c> and builds the index when the host starts. A load failure is recorded in
/// <see cref="KnowledgeState.FailureReason"/> (one line naming file and line) and stops the host; the application
/// reports it once and chooses its exit code.
/// </summary>
/// <remarks>
/// With <see cref="KnowledgeOptions.Watch"/> on, a change under <see cref="KnowledgeOptions.Path"/> is loaded once the
/// folder has been quiet for <see cref="KnowledgeOptions.ReloadDelay"/>: the new knowledge base (passages, derived
/// facts, index, vectors) is built beside the one answering and swapped in through <see cref="KnowledgeState"/> in one
/// step. Changes made during a rebuild make one more rebuild after it, however many there were. A change that cannot be
/// loaded leaves the engine before it answering, with one logged line naming the file and line. A replaced engine is
/// released <see cref="RetiredEngineLifetime"/> later, so that answers begun on it finish on it.
/// </remarks>
public sealed partial class KnowledgeLoaderWorker(
    IOptions<KnowledgeOptions> options,
    IOptions<RetrievalOptions> retrieval,
    KnowledgeState state,
    AnswerMetrics metrics,
    KnowledgeMetrics reloadMetrics,
    IHostApplicationLifetime lifetime,
    ILoggerFactory loggers,
    ILogger<KnowledgeLoaderWorker> logger,
    TimeProvider time) : BackgroundService
{
    /// <summary>
    /// How long a replaced engine is kept before its index is released. Callers take the current engine for each
    /// question and an answer takes milliseconds, so this is far longer than any answer still running on it.
    /// </summary>
    public static readonly TimeSpan RetiredEngineLifetime = TimeSpan.FromMinutes(1);

    private readonly ReloadRequests _changes = new();
    private readonly Lock _gate = new();
    private readonly List<(KnowledgeGeneration Generation, ITimer Release)> _retired = [];
    private KnowledgeBuilder? _builder;
    private KnowledgeGeneration? _current;
    private bool _disposed;

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>

        // Off the start-up thread: other hosted services start while the index is built.
        Task.Run(() => RunAsync(stoppingToken), stoppingToken);

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var data = options.Value;

        // Watching starts before the first load, so that a change made while it runs is loaded after it.
        using var watcher = data.Watch
            ? new SourceFolderWatcher(data.Path, data.ReloadDelay, data.PollInterval, time, _changes.Request, logger)
            : null;
        _builder = new KnowledgeBuilder(data, retrieval.Value, metrics, loggers, logger, time);
        if (!LoadFirst(stoppingToken) || watcher is null)
        {
            return;
        }

        try
        {
            while (true)
            {
                await _changes.WaitAsync(stoppingToken).ConfigureAwait(false);
                Reload(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private bool LoadFirst(CancellationToken stoppingToken)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var generation = _builder!.Build(stoppingToken);
            Publish(generation);
            LogLoaded(generation.Knowledge.Passages.Count, generation.Knowledge.Facts.Count, Matching(generation), stopwatch.ElapsedMilliseconds);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            state.SetFailed(new OperationCanceledException("The host stopped before the knowledge base was loaded."));
        }
        catch (KnowledgeLoadException e)
        {
            // Not logged here: the application prints the reason once, where its operator looks.
            state.SetFailed(e);
            lifetime.StopApplication();
        }

        return false;
    }

    private void Reload(CancellationToken stoppingToken)
    {
        var stopwatch = Stopwatch.StartNew();
        KnowledgeReload outcome;
        try
        {
            var generation = _builder!.Build(stoppingToken);
            Publish(generation);
            outcome = new KnowledgeReload(true, null, generation.Knowledge.Passages.Count, stopwatch.Elapsed);
            LogReloaded(options.Value.Path, generation.Knowledge.Passages.Count, generation.Knowledge.Facts.Count, Matching(generation), stopwatch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A KnowledgeLoadException's message names the file and line; anything else (a file vanishing mid-read)
            // is named by its type. Either way one line, no stack trace, and the engine before keeps answering.
            var problem = e is KnowledgeLoadException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            outcome = new KnowledgeReload(false, problem, state.Engine?.Knowledge.Passages.Count ?? 0, stopwatch.Elapsed);
            LogReloadFailed(problem);
        }

        reloadMetrics.Record(outcome);
        state.ReportReload(outcome);
    }

    // The swap: callers asking from now on get the new engine; the one it replaces is released later.
    private void Publish(KnowledgeGeneration generation)
    {
        KnowledgeGeneration? previous;
        lock (_gate)
        {
            if (_disposed)
            {
                generation.Dispose();
                return;
            }

            previous = _current;
            _current = generation;
            state.SetReady(generation.Engine);
            if (previous is not null)
            {
                _retired.Add((previous, time.CreateTimer(_ => Release(previous), null, RetiredEngineLifetime, Timeout.InfiniteTimeSpan)));
            }
        }
    }

    private void Release(KnowledgeGeneration generation)
    {
        lock (_gate)
        {
            var index = _retired.FindIndex(r => r.Generation == generation);
            if (index < 0)
            {
                return;
            }

            _retired[index].Release.Dispose();
            _retired.RemoveAt(index);
        }

        generation.Dispose();
    }

    private static string Matching(KnowledgeGeneration generation) => generation.Semantics is null ? "words only" : "words and meaning";

    /// <inheritdoc />
    public override void Dispose()
    {
        List<KnowledgeGeneration> generations;
        lock (_gate)
        {
            _disposed = true;
            generations = [.. _retired.Select(r => r.Generation), .. _current is null ? Array.Empty<KnowledgeGeneration>() : [_current]];
            foreach (var (_, release) in _retired)
            {
                release.Dispose();
            }

            _retired.Clear();
            _current = null;
        }

        foreach (var generation in generations)
        {
            generation.Dispose();
        }

        _builder?.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base ready: {Passages} passages, {Facts} facts, matched by {Retrieval}, in {Milliseconds} ms")]
    private partial void LogLoaded(int passages, int facts, string retrieval, long milliseconds);

    [LoggerMessage(EventId = 3304, Level = LogLevel.Information, Message = "Reloaded the sources in {Path} after a change: {Passages} passages, {Facts} facts, matched by {Retrieval}, in {Milliseconds} ms")]
    private partial void LogReloaded(string path, int passages, int facts, string retrieval, long milliseconds);

    [LoggerMessage(EventId = 3305, Level = LogLevel.Error, Message = "The changed sources could not be loaded, so the bot still answers from those loaded before: {Problem}")]
    private partial void LogReloadFailed(string problem);
}
