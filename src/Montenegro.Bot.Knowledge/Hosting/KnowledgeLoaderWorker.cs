using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>Loads <c>data/</c> and builds the index when the host starts; a load failure stops the host with one clear message.</summary>
public sealed partial class KnowledgeLoaderWorker(
    IOptions<KnowledgeOptions> options,
    KnowledgeState state,
    AnswerMetrics metrics,
    IHostApplicationLifetime lifetime,
    ILogger<KnowledgeLoaderWorker> logger) : BackgroundService
{
    /// <summary>The process exit code when the data cannot be loaded.</summary>
    public const int LoadFailureExitCode = 3;

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
                    state.SetReady(new AnswerEngine(knowledge, metrics));
                    LogLoaded(knowledge.Passages.Count, knowledge.Facts.Count, stopwatch.ElapsedMilliseconds);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    state.SetFailed(new OperationCanceledException("The host stopped before the knowledge base was loaded."));
                }
                catch (KnowledgeLoadException e)
                {
                    LogLoadFailed(e.Message);
                    state.SetFailed(e);
                    Environment.ExitCode = LoadFailureExitCode;
                    lifetime.StopApplication();
                }
            },
            stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base ready: {Passages} passages, {Facts} facts, in {Milliseconds} ms")]
    private partial void LogLoaded(int passages, int facts, long milliseconds);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot load the bot's sources: {Reason}")]
    private partial void LogLoadFailed(string reason);
}
