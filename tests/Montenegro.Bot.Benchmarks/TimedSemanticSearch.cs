using System.Diagnostics;
using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Benchmarks;

/// <summary>
/// A retrieval by meaning that counts and times what the answer engine asks of the model: question encodings,
/// other texts encoded (sentences, excerpts) and vector scans. The latency survey reports them per answer, so that
/// the model's share of an answer's time is measured rather than guessed.
/// </summary>
internal sealed class TimedSemanticSearch(ISemanticSearch inner) : ISemanticSearch
{
    public int QueryEncodings { get; private set; }

    public int TextEncodings { get; private set; }

    /// <summary>Texts encoded again while the same answer was made (since <see cref="BeginAnswer"/>).</summary>
    public int Repeats { get; private set; }

    private readonly HashSet<(string, bool)> _encodedInAnswer = [];

    public void BeginAnswer() => _encodedInAnswer.Clear();

    public double EncodingMilliseconds { get; private set; }

    public double EncodingCpuMilliseconds { get; private set; }

    public IReadOnlySet<string> Words => inner.Words;

    public SemanticIndex Index => inner.Index;

    public void Reset() => (QueryEncodings, TextEncodings, Repeats, EncodingMilliseconds, EncodingCpuMilliseconds) = (0, 0, 0, 0, 0);

    public async ValueTask<SemanticQuery> EncodeQueryAsync(string question, CancellationToken cancellationToken = default)
    {
        var (start, startCpu) = (Stopwatch.GetTimestamp(), ThreadCpuClock.Now);
        var query = await inner.EncodeQueryAsync(question, cancellationToken).ConfigureAwait(false);
        EncodingMilliseconds += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        EncodingCpuMilliseconds += ThreadCpuClock.Now - startCpu;
        QueryEncodings++;
        Repeats += _encodedInAnswer.Add((question, true)) ? 0 : 1;
        return query;
    }

    public async ValueTask<IReadOnlyList<SemanticHit>> SearchAsync(string question, int k, CancellationToken cancellationToken = default) =>
        Search(await EncodeQueryAsync(question, cancellationToken).ConfigureAwait(false), k);

    public IReadOnlyList<SemanticHit> Search(SemanticQuery query, int k) => inner.Search(query, k);

    public float? Similarity(SemanticQuery query, string passageId) => inner.Similarity(query, passageId);

    public async ValueTask<float[]> EmbedAsync(string text, EmbeddingPurpose purpose, CancellationToken cancellationToken = default)
    {
        var (start, startCpu) = (Stopwatch.GetTimestamp(), ThreadCpuClock.Now);
        var vector = await inner.EmbedAsync(text, purpose, cancellationToken).ConfigureAwait(false);
        EncodingMilliseconds += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        EncodingCpuMilliseconds += ThreadCpuClock.Now - startCpu;
        TextEncodings++;
        Repeats += _encodedInAnswer.Add((text, false)) ? 0 : 1;
        return vector;
    }
}
