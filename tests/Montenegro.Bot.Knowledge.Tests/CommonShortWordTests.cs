using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A common three-letter English word typed as meant ("way", "run", "now") is no typo of a question word ("why", "ran",
/// "how"), while the typos of question words that are no common words ("whn", "wat") are still corrected.
/// </summary>
public sealed class CommonShortWordTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    private static SpellingCorrector Speller() =>
        new SpellingCorrector(["the", "montenegro"], ["why", "when", "what", "ran", "how"], openingWords: ["how", "what", "when"])
            .WithEnglishWords(new HashSet<string>(StringComparer.Ordinal) { "way", "run", "now", "getting" });

    [Theory]
    [InlineData("way")]
    [InlineData("run")]
    public void A_common_short_word_is_left_as_it_is(string word) => Assert.Null(Speller().Correct(word));

    [Fact]
    public void A_common_short_word_opening_a_question_is_left_as_it_is() => Assert.Null(Speller().CorrectOpening("now"));

    [Theory]
    [InlineData("whn", "when")]
    [InlineData("wat", "what")]
    public void A_short_typo_of_a_question_word_is_still_corrected(string typo, string meant) =>
        Assert.Equal(meant, Speller().Correct(typo));

    [Fact]
    public void A_short_english_word_is_no_english_word_to_the_rest()
    {
        // Short words are as often a name's syllables heard apart ("nay toe"): only the three-letter correction is told of them.
        Assert.False(Speller().IsEnglishWord("way"));
        Assert.True(Speller().IsEnglishWord("getting"));
    }

    [Fact]
    public void A_question_with_way_for_far_is_answered()
    {
        var answer = fixture.Hybrid.Ask("which pollster showed the side against nato way ahead in june 2016");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("NSPM", answer.Text, StringComparison.Ordinal);
    }
}
