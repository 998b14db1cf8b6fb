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
public sealed partial class KnowledgeLoaderWorker(
    IOptions<KnowledgeOptions> options,
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
                    var knowledge = KnowledgeBaseLoader.Load(options.Value.Path);
                    state.SetReady(new AnswerEngine(knowledge, metrics, loggers.CreateLogger<AnswerEngine>()));
                    LogLoaded(knowledge.Passages.Count, knowledge.Facts.Count, stopwatch.ElapsedMilliseconds);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base ready: {Passages} passages, {Facts} facts, in {Milliseconds} ms")]
    private partial void LogLoaded(int passages, int facts, long milliseconds);
}
