using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Search;
using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>
/// Builds a <see cref="KnowledgeGeneration"/> from the data folder, beside whatever is answering: passages, derived
/// facts, the search index (kept in the cache directory when <see cref="RetrievalOptions.PersistIndex"/> is on) and
/// the vectors. The embedding model is loaded once and serves every generation.
/// </summary>
internal sealed partial class KnowledgeBuilder : IDisposable
{
    private readonly KnowledgeOptions _data;
    private readonly RetrievalOptions _retrieval;
    private readonly AnswerMetrics _metrics;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly KnowledgeAnalyzer? _cacheAnalyzer;
    private readonly LuceneIndexCache? _indexCache;
    private SentenceEmbedder? _embedder;
    private bool _semanticUnavailable;

    public KnowledgeBuilder(KnowledgeOptions data, RetrievalOptions retrieval, AnswerMetrics metrics, ILoggerFactory loggers, ILogger logger, TimeProvider time)
    {
        _data = data;
        _retrieval = retrieval;
        _metrics = metrics;
        _loggers = loggers;
        _logger = logger;
        if (retrieval.PersistIndex)
        {
            _cacheAnalyzer = new KnowledgeAnalyzer();
            _indexCache = new LuceneIndexCache(_cacheAnalyzer, IndexDirectory(retrieval.CacheDirectory, data.Path), loggers.CreateLogger<LuceneIndexCache>(), time);
        }
    }

    /// <summary>
    /// Where the index of the sources in <paramref name="dataPath"/> is kept: a folder of its own under the cache
    /// directory's <c>index/</c>, named by a hash of the data folder's full path, because the index cache deletes the
    /// indexes of other sources it finds beside the current one (two bots over different data folders, such as a
    /// test's copy, must not delete each other's).
    /// </summary>
    public static string IndexDirectory(string? cacheDirectory, string dataPath)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataPath));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folder)))[..16];
        return Path.Combine(cacheDirectory ?? SemanticDefaults.CacheDirectory, "index", hash);
    }

    /// <summary>Loads the sources and builds everything an engine needs; throws <see cref="KnowledgeLoadException"/> when the data is broken.</summary>
    public KnowledgeGeneration Build(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var knowledge = KnowledgeBaseLoader.Load(_data.Path, _logger, _indexCache);
        try
        {
            var semantics = BuildSemantics(knowledge, cancellationToken);
            return new KnowledgeGeneration(knowledge, semantics, new AnswerEngine(knowledge, _metrics, _loggers.CreateLogger<AnswerEngine>(), semantics?.Search));
        }
        catch
        {
            knowledge.Dispose();
            throw;
        }
    }

    // Meaning-based retrieval is an addition: if the model cannot be loaded, the bot answers by words alone, and
    // does not try again at each reload.
    private KnowledgeSemantics? BuildSemantics(KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        if (!_retrieval.Semantic || _semanticUnavailable)
        {
            return null;
        }

        if (_embedder is null)
        {
            try
            {
                _embedder = KnowledgeSemantics.LoadEmbedder(_retrieval.CacheDirectory, _loggers);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _semanticUnavailable = true;
                LogSemanticUnavailable(_logger, e.GetType().Name, e.Message);
                return null;
            }
        }

        try
        {
            return KnowledgeSemantics.Build(knowledge, _embedder, _retrieval.CacheDirectory, _loggers, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogVectorsUnavailable(_logger, e.GetType().Name, e.Message);
            return null;
        }
    }

    public void Dispose()
    {
        _embedder?.Dispose();
        _cacheAnalyzer?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Matching by meaning is off: the embedding model could not be loaded ({ExceptionType}: {Reason})")]
    private static partial void LogSemanticUnavailable(ILogger logger, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Matching by meaning is off until the next load: the passages could not be encoded ({ExceptionType}: {Reason})")]
    private static partial void LogVectorsUnavailable(ILogger logger, string exceptionType, string reason);
}
