using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>The engine with retrieval by meaning on, next to the same engine matching words only.</summary>
public sealed class HybridRetrievalTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Theory]
    [InlineData("When did Montenegro become independent?", "3 June 2006")]
    public void A_paraphrase_no_words_match_is_answered_by_meaning(string question, string expected)
    {
        Assert.False(fixture.WordsOnly.Ask(question).Answered);
        var answer = fixture.Hybrid.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When did Japan recognise Montenegro?")]
    [InlineData("Who won the 2018 World Cup?")]
    [InlineData("How much did Montenegro and China trade in 2019?")]
    public void Near_misses_stay_declined_with_meaning_on(string question)
    {
        Assert.False(fixture.Hybrid.Ask(question).Answered);
    }

    /// <summary>One knowledge base, its vectors built once into a temporary cache.</summary>
    public sealed class Fixture : IDisposable
    {
        private readonly string _cache = Path.Combine(Path.GetTempPath(), "montenegro-bot-tests-" + Guid.NewGuid().ToString("N"));
        private readonly KnowledgeBase _knowledge = KnowledgeBaseLoader.Load(KnowledgeFixture.DataPath);
        private readonly KnowledgeSemantics _semantics;

        public Fixture()
        {
            _semantics = KnowledgeSemantics.Build(_knowledge, _cache);
            Hybrid = new AnswerEngine(_knowledge, semantic: _semantics.Search);
            WordsOnly = new AnswerEngine(_knowledge);
        }

        public AnswerEngine Hybrid { get; }

        public AnswerEngine WordsOnly { get; }

        public void Dispose()
        {
            _semantics.Dispose();
            _knowledge.Dispose();
            try
            {
                Directory.Delete(_cache, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }
    }
}
