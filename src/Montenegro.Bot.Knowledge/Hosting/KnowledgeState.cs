using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>
/// Readiness of the knowledge base for the rest of the host: the engine once the index is built, or
/// the reason it could not be. Nothing half-loaded is ever published.
/// </summary>
public sealed class KnowledgeState
{
    private readonly TaskCompletionSource<AnswerEngine> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether the engine is ready to answer.</summary>
    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>Why loading failed or stopped, or null.</summary>
    public string? FailureReason { get; private set; }

    /// <summary>
    /// The data could not be loaded: the one-line reason naming file and line. Null while loading, once loaded, and
    /// when loading only stopped because the host did.
    /// </summary>
    public KnowledgeLoadException? LoadError { get; private set; }

    /// <summary>The engine, once ready.</summary>
    public AnswerEngine? Engine => IsReady ? _ready.Task.Result : null;

    /// <summary>Completes when the engine is ready; faults with the load error if loading failed.</summary>
    public Task<AnswerEngine> WhenReadyAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    /// <summary>Publishes the loaded engine.</summary>
    public void SetReady(AnswerEngine engine) => _ready.TrySetResult(engine);

    /// <summary>Records that loading failed.</summary>
    public void SetFailed(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        FailureReason = error.Message;
        LoadError = error as KnowledgeLoadException;
        _ready.TrySetException(error);
    }
}
