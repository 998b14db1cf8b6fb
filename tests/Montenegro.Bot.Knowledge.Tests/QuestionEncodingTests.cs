using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Running the model is most of an answer's time with meaning on: a question is encoded only when an answer weighs its
/// meaning, not for every question asked.
/// </summary>
public sealed class QuestionEncodingTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    // Answered from the facts by their words, or small talk: nothing to weigh by meaning.
    [Theory]
    [InlineData("When did Russia recognise Montenegro?", "2006")]
    [InlineData("When did Montenegro join NATO?", "2017")]
    [InlineData("hello", null)]
    public void A_question_answered_without_weighing_its_meaning_does_not_run_the_model(string question, string? expected)
    {
        var counting = new CountingSearch(fixture.Search);
        var engine = new AnswerEngine(fixture.Knowledge, semantic: counting);

        var answer = engine.Ask(question);

        if (expected is not null)
        {
            Assert.True(answer.Answered, answer.Text);
            Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        }

        Assert.Equal(0, counting.Encodings);
        Assert.Equal(fixture.Hybrid.Ask(question).Text, answer.Text);
    }

    private sealed class CountingSearch(ISemanticSearch inner) : ISemanticSearch
    {
        public int Encodings { get; private set; }

        public IReadOnlySet<string> Words => inner.Words;

        public SemanticIndex Index => inner.Index;

        public ValueTask<SemanticQuery> EncodeQueryAsync(string question, CancellationToken cancellationToken = default)
        {
            Encodings++;
            return inner.EncodeQueryAsync(question, cancellationToken);
        }

        public async ValueTask<IReadOnlyList<SemanticHit>> SearchAsync(string question, int k, CancellationToken cancellationToken = default) =>
            Search(await EncodeQueryAsync(question, cancellationToken).ConfigureAwait(false), k);

        public IReadOnlyList<SemanticHit> Search(SemanticQuery query, int k) => inner.Search(query, k);

        public float? Similarity(SemanticQuery query, string passageId) => inner.Similarity(query, passageId);

        public ValueTask<float[]> EmbedAsync(string text, EmbeddingPurpose purpose, CancellationToken cancellationToken = default) =>
            inner.EmbedAsync(text, purpose, cancellationToken);
    }
}
