using System.Numerics.Tensors;

namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>
/// The unit-length vectors of a set of passages, held in one contiguous array, searched by cosine
/// similarity (a dot product, since all vectors are unit length) over every passage. Immutable and
/// thread-safe. Built by <see cref="SemanticIndexBuilder"/>.
/// </summary>
public sealed class SemanticIndex
{
    private readonly string[] _ids;
    private readonly float[] _vectors;
    private readonly Dictionary<string, int> _rows;

    /// <summary>
    /// An index over vectors computed elsewhere: row i of <paramref name="vectors"/> (<paramref name="dimensions"/>
    /// floats) belongs to passage <paramref name="passageIds"/>[i]. Rows are copied and scaled to unit length.
    /// </summary>
    public SemanticIndex(IReadOnlyList<string> passageIds, ReadOnlySpan<float> vectors, int dimensions)
        : this(CheckIds(passageIds), Normalized(vectors, passageIds.Count, dimensions), dimensions, 0, 0)
    {
    }

    internal SemanticIndex(string[] ids, float[] vectors, int dimensions, int passagesEncoded, int passagesFromCache)
    {
        _ids = ids;
        _vectors = vectors;
        Dimensions = dimensions;
        PassagesEncoded = passagesEncoded;
        PassagesFromCache = passagesFromCache;
        _rows = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            if (!_rows.TryAdd(ids[i], i))
            {
                throw new ArgumentException($"The passage id '{ids[i]}' occurs twice.", nameof(ids));
            }
        }
    }

    /// <summary>The number of passages.</summary>
    public int Count => _ids.Length;

    /// <summary>The length of every vector.</summary>
    public int Dimensions { get; }

    /// <summary>The passage ids, in the order they were given.</summary>
    public IReadOnlyList<string> PassageIds => _ids;

    /// <summary>How many passages the model encoded while this index was built (0 when all came from the cache).</summary>
    public int PassagesEncoded { get; }

    /// <summary>How many passage vectors were read from the cache while this index was built.</summary>
    public int PassagesFromCache { get; }

    /// <summary>Whether a passage of this id is indexed.</summary>
    public bool Contains(string passageId) => _rows.ContainsKey(passageId);

    /// <summary>The <paramref name="k"/> passages most similar to <paramref name="query"/>, best first (ties in index order).</summary>
    public IReadOnlyList<SemanticHit> Search(ReadOnlySpan<float> query, int k)
    {
        CheckLength(query);
        k = Math.Min(k, _ids.Length);
        if (k <= 0)
        {
            return [];
        }

        // A min-heap of the best k so far: its root is the weakest of them, the one to replace.
        var best = new PriorityQueue<int, (float Score, int Row)>(k, WeakestFirst.Instance);
        for (var row = 0; row < _ids.Length; row++)
        {
            var score = TensorPrimitives.Dot(Row(row), query);
            if (best.Count < k)
            {
                best.Enqueue(row, (score, row));
            }
            else if (best.TryPeek(out _, out var weakest) && WeakestFirst.Instance.Compare((score, row), weakest) > 0)
            {
                best.DequeueEnqueue(row, (score, row));
            }
        }

        var hits = new SemanticHit[best.Count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            best.TryDequeue(out var row, out var key);
            hits[i] = new SemanticHit(_ids[row], key.Score);
        }

        return hits;
    }

    /// <summary>Cosine similarity of <paramref name="query"/> and the passage <paramref name="passageId"/>, or null if no such passage is indexed.</summary>
    public float? Similarity(ReadOnlySpan<float> query, string passageId)
    {
        CheckLength(query);
        return _rows.TryGetValue(passageId, out var row) ? TensorPrimitives.Dot(Row(row), query) : null;
    }

    /// <summary>The vector of passage <paramref name="passageId"/>, or an empty span if no such passage is indexed.</summary>
    public ReadOnlySpan<float> VectorOf(string passageId) =>
        _rows.TryGetValue(passageId, out var row) ? Row(row) : [];

    private static string[] CheckIds(IReadOnlyList<string> passageIds)
    {
        ArgumentNullException.ThrowIfNull(passageIds);
        var ids = passageIds.ToArray();
        if (Array.Exists(ids, id => id is null))
        {
            throw new ArgumentException("A passage id is null.", nameof(passageIds));
        }

        return ids;
    }

    private static float[] Normalized(ReadOnlySpan<float> vectors, int count, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        if (vectors.Length != count * dimensions)
        {
            throw new ArgumentException($"{count} passages of {dimensions} dimensions need {count * dimensions} floats, not {vectors.Length}.", nameof(vectors));
        }

        var copy = vectors.ToArray();
        for (var row = 0; row < count; row++)
        {
            var vector = copy.AsSpan(row * dimensions, dimensions);
            var norm = TensorPrimitives.Norm(vector);
            if (norm > 0 && float.IsFinite(norm))
            {
                TensorPrimitives.Divide(vector, norm, vector);
            }
        }

        return copy;
    }

    private ReadOnlySpan<float> Row(int row) => _vectors.AsSpan(row * Dimensions, Dimensions);

    private void CheckLength(ReadOnlySpan<float> query)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"The query vector has {query.Length} dimensions; this index holds {Dimensions}.", nameof(query));
        }
    }

    /// <summary>Lower score first; of equal scores the later row first, so that earlier rows win ties.</summary>
    private sealed class WeakestFirst : IComparer<(float Score, int Row)>
    {
        public static WeakestFirst Instance { get; } = new();

        public int Compare((float Score, int Row) x, (float Score, int Row) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : y.Row.CompareTo(x.Row);
        }
    }
}
