using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>
/// Readiness of the knowledge base for the rest of the host: the current engine once the index is built, or the
/// reason it could not be. Nothing half-loaded is ever published. When the sources change and are reloaded, the new
/// engine replaces the old one in a single step: every caller that asks afterwards gets the new one, and a caller
/// still answering with the old one finishes with it.
/// </summary>
public sealed class KnowledgeState
{
    private readonly TaskCompletionSource<AnswerEngine> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _reloadGate = new();
    private TaskCompletionSource<KnowledgeReload> _nextReload = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile AnswerEngine? _engine;
    private volatile KnowledgeReload? _lastReload;

    /// <summary>Whether an engine is ready to answer. Stays true through reloads, failed ones included.</summary>
    public bool IsReady => _engine is not null;

    /// <summary>Why loading failed or stopped, or null.</summary>
    public string? FailureReason { get; private set; }

    /// <summary>
    /// The data could not be loaded: the one-line reason naming file and line. Null while loading, once loaded, and
    /// when loading only stopped because the host did.
    /// </summary>
    public KnowledgeLoadException? LoadError { get; private set; }

    /// <summary>The current engine, once ready: the latest one loaded.</summary>
    public AnswerEngine? Engine => _engine;

    /// <summary>The outcome of the latest reload after a change to the sources, or null before the first.</summary>
    public KnowledgeReload? LastReload => _lastReload;

    /// <summary>Completes with the current engine when one is ready; faults with the load error if loading failed.</summary>
    public Task<AnswerEngine> WhenReadyAsync(CancellationToken cancellationToken) =>
        _engine is { } engine ? Task.FromResult(engine) : _ready.Task.WaitAsync(cancellationToken);

    /// <summary>
    /// Completes with the outcome of the next reload that ends after this call (swapped in, or kept the engine before
    /// it): what a test or a tool waits on after changing the sources.
    /// </summary>
    public Task<KnowledgeReload> NextReloadAsync(CancellationToken cancellationToken)
    {
        lock (_reloadGate)
        {
            return _nextReload.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Publishes a loaded engine: the first, or one that replaces the current one.</summary>
    /// <returns>The engine it replaces, or null for the first.</returns>
    public AnswerEngine? SetReady(AnswerEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var previous = Interlocked.Exchange(ref _engine, engine);
        _ready.TrySetResult(engine);
        return previous;
    }

    /// <summary>Records that loading failed.</summary>
    public void SetFailed(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        FailureReason = error.Message;
        LoadError = error as KnowledgeLoadException;
        _ready.TrySetException(error);
    }

    /// <summary>Records how a reload ended (after <see cref="SetReady"/> when it succeeded), and wakes whoever waits for it.</summary>
    public void ReportReload(KnowledgeReload outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        TaskCompletionSource<KnowledgeReload> waiting;
        lock (_reloadGate)
        {
            _lastReload = outcome;
            waiting = _nextReload;
            _nextReload = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        waiting.TrySetResult(outcome);
    }
}
