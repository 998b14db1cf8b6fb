using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>
/// Builds a <see cref="SemanticIndex"/> over passages: vectors of unchanged passages come from the
/// <see cref="VectorCache"/>, only new or changed passages are encoded, and the cache is then rewritten
/// to hold exactly the current passages.
/// </summary>
public sealed class SemanticIndexBuilder
{
    private readonly SentenceEmbedder _embedder;
    private readonly VectorCache? _cache;
    private readonly ILogger _logger;

    /// <summary>A builder encoding with <paramref name="embedder"/>; without a <paramref name="cache"/> every build encodes every passage.</summary>
    public SemanticIndexBuilder(SentenceEmbedder embedder, VectorCache? cache, ILogger<SemanticIndexBuilder>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        _embedder = embedder;
        _cache = cache;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Indexes <paramref name="passages"/> (ids must be distinct; any text is accepted).</summary>
    public SemanticIndex Build(IReadOnlyList<(string Id, string Text)> passages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var model = _embedder.Model;
        var identity = _embedder.CacheIdentity;
        var dimensions = model.Dimensions;

        var ids = new string[passages.Count];
        var keys = new VectorKey[passages.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < passages.Count; i++)
        {
            var (id, text) = passages[i];
            ArgumentNullException.ThrowIfNull(id, nameof(passages));
            if (!seen.Add(id))
            {
                throw new ArgumentException($"The passage id '{id}' occurs twice.", nameof(passages));
            }

            ids[i] = id;
            keys[i] = VectorCache.KeyOf(identity, text ?? string.Empty);
        }

        var cached = _cache?.Load(identity, dimensions) ?? new Dictionary<VectorKey, float[]>();

        // Each distinct text that the cache lacks is encoded once.
        var missing = new List<(VectorKey Key, string Text)>();
        var queued = new HashSet<VectorKey>();
        for (var i = 0; i < passages.Count; i++)
        {
            if (!cached.ContainsKey(keys[i]) && queued.Add(keys[i]))
            {
                missing.Add((keys[i], passages[i].Text ?? string.Empty));
            }
        }

        var encoded = new float[missing.Count * dimensions];
        _embedder.EmbedInto(missing.Select(m => m.Text).ToList(), EmbeddingPurpose.Passage, encoded, cancellationToken);
        var fresh = new Dictionary<VectorKey, float[]>(missing.Count);
        for (var m = 0; m < missing.Count; m++)
        {
            fresh[missing[m].Key] = encoded.AsSpan(m * dimensions, dimensions).ToArray();
        }

        var vectors = new float[passages.Count * dimensions];
        var current = new Dictionary<VectorKey, float[]>(passages.Count);
        var fromCache = 0;
        for (var i = 0; i < passages.Count; i++)
        {
            if (cached.TryGetValue(keys[i], out var vector))
            {
                fromCache++;
            }
            else
            {
                vector = fresh[keys[i]];
            }

            vector.CopyTo(vectors, i * dimensions);
            current[keys[i]] = vector;
        }

        // Rewritten when something was encoded or the file holds vectors of passages that are gone.
        if (_cache is not null && (missing.Count > 0 || cached.Count != current.Count))
        {
            _cache.Save(identity, dimensions, current);
        }

        _logger.LogInformation(
            "Semantic index of {Count} passages with {Model}: {Encoded} encoded, {Cached} from the cache",
            passages.Count, model.Id, missing.Count, fromCache);
        return new SemanticIndex(ids, vectors, dimensions, missing.Count, fromCache);
    }
}
