using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>The engine with retrieval by meaning on, next to the same engine matching words only.</summary>
public sealed class HybridRetrievalTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    // Paraphrases the lexicon's everyday English does not cover ("acknowledge", "become independent" it does).
    [Theory]
    [InlineData("When did the European Council of Ministers accept Montenegrin statehood?", "12 June")]
    public void A_paraphrase_no_words_match_is_answered_by_meaning(string question, string expected)
    {
        Assert.False(fixture.WordsOnly.Ask(question).Answered);
        var answer = fixture.Hybrid.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    // "What brought X to Y" is everyday English for why X came: the reason the source gives, with meaning on too.
    [Fact]
    public void Asking_what_brought_someone_is_answered_with_the_reason_given()
    {
        var answer = fixture.Hybrid.Ask("what brought rumsfeld to montenegro");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("War on Terror", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When did Japan recognise Montenegro?")]
    [InlineData("Who won the 2018 World Cup?")]
    [InlineData("How much did Montenegro and China trade in 2019?")]
    [InlineData("When did China and Montenegro sign a trade agreement?")]
    public void Near_misses_stay_declined_with_meaning_on(string question)
    {
        Assert.False(fixture.Hybrid.Ask(question).Answered);
    }

    // Everyday words no source uses ("popping", "kept") leave the rest of the question to match, and meaning to confirm it.
    // ("guy" is chat filler, no term at all: see ChatRegisterTests.)
    [Fact]
    public void A_question_in_words_no_source_uses_is_answered_when_the_rest_matches_and_the_meaning_is_close()
    {
        const string question = "who's the russian spy that kept popping into montenegro";

        Assert.False(fixture.WordsOnly.Ask(question).Answered);
        var answer = fixture.Hybrid.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Igor Zaytsev", answer.Text, StringComparison.Ordinal);
    }

    // The unknown word is what is asked ("react", "budget", "contingent"), or the sentence does not name who is asked about.
    [Theory]
    [InlineData("How did Serbia react to the Ukraine mission vote?")]
    [InlineData("What is Montenegro's defence budget?")]
    [InlineData("How big is the Montenegrin contingent for the Ukraine mission?")]
    public void A_question_about_something_the_sources_never_mention_stays_declined_however_close_in_meaning(string question)
    {
        Assert.False(fixture.Hybrid.Ask(question).Answered, fixture.Hybrid.Ask(question).Text);
    }

    // With the model loaded, its vocabulary tells real words from typos: "admission" is not a misspelt "mission".
    [Fact]
    public void An_english_word_the_sources_lack_is_not_corrected_into_one_they_have()
    {
        var answer = fixture.Hybrid.Ask("How many days passed between the referendum and the admission to the United Nations?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("38 days", answer.Text, StringComparison.Ordinal);
    }

    // Common short words are words too: "came" is not a misspelt "same", nor "cover" a misspelt "over".
    [Theory]
    [InlineData("Which senators came to Montenegro?", "McCain")]
    [InlineData("When did the senators from the US come to Podgorica?", "August 28")]
    public void A_common_short_english_word_is_not_corrected_into_another(string question, string expected)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    /// <summary>One knowledge base, its vectors built once into a temporary cache.</summary>
    // With a language model loaded, "independent" is an English word and never corrected as a typo; the sources only say
    // "independence", which the lexicon's -ent/-ence ending pair reads it as.
    [Theory]
    [InlineData("PfP membership for independent Montenegro came at which summit?")]
    [InlineData("At which summit did newly independent Montenegro get PfP membership, and in what year?")]
    public void An_adjective_the_sources_lack_is_read_as_their_noun_of_the_same_stem(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Riga", answer.Text, StringComparison.Ordinal);
    }

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

        public KnowledgeBase Knowledge => _knowledge;

        public ISemanticSearch Search => _semantics.Search;

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
