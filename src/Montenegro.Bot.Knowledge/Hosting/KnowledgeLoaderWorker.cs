using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>
/// Loads <c>data/</c> and builds the index when the host starts. A load failure is recorded in
/// <see cref="KnowledgeState.FailureReason"/> (one line naming file and line) and stops the host; the application
/// reports it once and chooses its exit code.
/// </summary>
public sealed partial class KnowledgeLoaderWorker(
    IOptions<KnowledgeOptions> options,
    IOptions<RetrievalOptions> retrieval,
    KnowledgeState state,
    AnswerMetrics metrics,
    IHostApplicationLifetime lifetime,
    ILoggerFactory loggers,
    ILogger<KnowledgeLoaderWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up thread: other hosted services start while the index is built.
        return Task.Run(
            () =>
            {
                var stopwatch = Stopwatch.StartNew();
                try
                {
                    stoppingToken.ThrowIfCancellationRequested();
                    var knowledge = KnowledgeBaseLoader.Load(options.Value.Path, logger);
                    var semantics = retrieval.Value.Semantic ? BuildSemantics(knowledge, stoppingToken) : null;
                    state.SetReady(new AnswerEngine(knowledge, metrics, loggers.CreateLogger<AnswerEngine>(), semantics?.Search));
                    LogLoaded(knowledge.Passages.Count, knowledge.Facts.Count, semantics is null ? "words only" : "words and meaning", stopwatch.ElapsedMilliseconds);
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
            },
            stoppingToken);
    }

    private KnowledgeSemantics? _semantics;

    // Meaning-based retrieval is an addition: if the model cannot be loaded, the bot answers by words alone.
    private KnowledgeSemantics? BuildSemantics(KnowledgeBase knowledge, CancellationToken stoppingToken)
    {
        try
        {
            return _semantics = KnowledgeSemantics.Build(knowledge, retrieval.Value.CacheDirectory, loggers, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSemanticUnavailable(e.GetType().Name, e.Message);
            return null;
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _semantics?.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base ready: {Passages} passages, {Facts} facts, matched by {Retrieval}, in {Milliseconds} ms")]
    private partial void LogLoaded(int passages, int facts, string retrieval, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Matching by meaning is off: the embedding model could not be loaded ({ExceptionType}: {Reason})")]
    private partial void LogSemanticUnavailable(string exceptionType, string reason);
}
