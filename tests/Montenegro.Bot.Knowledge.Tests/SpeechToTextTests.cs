namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Questions as speech-to-text and quick chat typing write them: words run together, abbreviations spelt out letter by
/// letter, and a word of a name heard as another word.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class SpeechToTextTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("howmany mps abstained", "how many mps abstained")]
    [InlineData("whendid montenegro join nato", "when did montenegro join nato")]
    [InlineData("whois igor zaytsev", "who is igor zaytsev")]
    [InlineData("whojoined nato in 2017", "who joined nato in 2017")]
    public void Words_run_together_are_written_apart(string question, string expected) =>
        Assert.Equal(expected, fixture.Knowledge.Normalizer.Normalize(question).English);

    [Fact]
    public void A_word_that_only_starts_with_a_cue_word_is_not_cut() =>
        Assert.DoesNotContain("form ally", fixture.Knowledge.Normalizer.Normalize("When did NATO formally invite Montenegro to join?").English, StringComparison.Ordinal);

    [Theory]
    [InlineData("whendid montenegro join nato", "5 June 2017")]
    [InlineData("whois igor zaytsev", "Zaytsev")]
    public void A_question_with_words_run_together_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is the d x c c list", "what is the DXCC list")]
    [InlineData("when did montenegro join n a t o", "when did montenegro join NATO")]
    [InlineData("is the u k a member", "is the UK a member")]
    [InlineData("was montenegro a n a t o member", "was montenegro a NATO member")]
    public void Letters_spelt_out_are_the_word_they_spell(string question, string expected) =>
        Assert.Equal(expected, fixture.Knowledge.Normalizer.Normalize(question).English, ignoreCase: true);

    [Theory]
    [InlineData("what is the d x c c list", "DXCC")]
    [InlineData("when did montenegro join n a t o", "5 June 2017")]
    [InlineData("when did the u k recognise montenegro", "13 June")]
    public void A_question_with_letters_spelt_out_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_letters_that_spell_nothing_known_are_left_as_they_are() =>
        Assert.Equal("was it plan b or c", fixture.Knowledge.Normalizer.Normalize("was it plan b or c").English);

    [Theory]
    [InlineData("when did montenegro apply to the european onion", "European Union")]
    [InlineData("when did costa rika recognise montenegro", "Costa Rica")]
    public void A_word_of_a_name_heard_as_another_word_is_the_names(string question, string expected)
    {
        // "onion" is an English word (the language model's vocabulary holds it), so the spelling corrector leaves it.
        var normalizer = fixture.Knowledge.Normalizer.WithEnglishWords(new HashSet<string>(StringComparer.Ordinal) { "onion" });
        Assert.Contains(expected, normalizer.Normalize(question).English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what did the european council say")]
    [InlineData("how did the united nations vote")]
    [InlineData("was it a piece of the deal")]
    public void Phrases_that_only_share_words_with_a_name_are_left_as_they_are(string question) =>
        Assert.Equal(question, fixture.Knowledge.Normalizer.Normalize(question).English);
}
