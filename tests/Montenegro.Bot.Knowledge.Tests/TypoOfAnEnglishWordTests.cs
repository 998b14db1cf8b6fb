namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// With a language model loaded, a typo of an English word the sources lack ("acepted", "visted") is that word, read as the
/// sources' words where a paraphrase says so ("accepted into" is "admitted"), not the nearest word of the sources ("adopted");
/// and an English first name ("dimitri") before a surname of the sources is the name the sources spell with its consonants (Dmitry).
/// </summary>
public sealed class TypoOfAnEnglishWordTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Fact]
    public void A_typo_of_an_english_word_is_corrected_to_it_and_answered()
    {
        var answer = fixture.Hybrid.Ask("when was montenegro acepted into the united nations");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("28 June 2006", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_name_with_the_consonants_of_one_before_its_surname_is_that_name()
    {
        var answer = fixture.Hybrid.Ask("what is dimitri senin known for");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("FSB", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typo_that_keeps_the_consonants_is_the_form_with_them()
    {
        // "senater" is one edit from the sources' "senate" and from "senator" (of their "senators"): the consonants decide.
        var answer = fixture.Hybrid.Ask("which senater from arizona visited montenegro");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("McCain", answer.Text, StringComparison.Ordinal);
    }

    // "Army" is one letter from the adjective ending "ary" of the lexicon, which is an affix and no word a typo stands for.
    [Theory]
    [InlineData("Did the parliament approve sending army personnel?", "army")]
    [InlineData("was the trial of the plotters fair?", "trial")]
    public void A_word_one_letter_from_an_affix_of_the_lexicon_stays_itself(string question, string word) =>
        Assert.Contains($" {word} ", fixture.Knowledge.Normalizer.Normalize(question).English, StringComparison.Ordinal);
}
