namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Questions typed in chat shorthand or written by speech-to-text: abbreviations people type ("perm", "yr", "ppl"), a name's syllables written as short words ("a dree attic", "vooch in itch").
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ChatAndSpeechTypingTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("which perm member of the security council recognised montenegro first", "permanent")]
    [InlineData("how many ppl voted for the mission", "people")]
    [InlineData("hw many votes were cast", "how many")]
    public void A_chat_abbreviation_is_read_as_the_word_it_stands_for(string question, string expected) =>
        Assert.Contains(expected, fixture.Knowledge.Normalizer.Normalize(question).English, StringComparison.Ordinal);

    [Fact]
    public void A_question_in_chat_shorthand_is_answered()
    {
        var answer = fixture.Engine.Ask("wat yr did montenegro join nato");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2017", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what did boro vooch in itch say", "Vučinić")]
    [InlineData("when was montenegro asked to join the a dree attic charter", "25 September 2008")]
    public void A_name_written_as_short_words_it_sounds_like_is_heard(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("us montenegro diplo relations established when", "diplomatic relations")]
    [InlineData("when did montenegro and the us establish diplo relations", "diplomatic relations")]
    public void A_word_cut_short_is_the_word_it_begins_that_goes_with_its_neighbour(string question, string expected) =>
        Assert.Contains(expected, fixture.Knowledge.Normalizer.Normalize(question).English, StringComparison.Ordinal);

    [Fact]
    public void A_question_with_a_word_cut_short_is_answered()
    {
        var answer = fixture.Engine.Ask("us montenegro diplo relations established when");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("August 15", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What was Montenegro's GDP in 2017?", "GDP")]
    [InlineData("when did montenegro join NATTO", "NATO")]
    public void A_word_typed_in_capitals_is_corrected_only_to_an_abbreviation(string question, string expected) =>
        Assert.Contains(expected, fixture.Knowledge.Normalizer.Normalize(question).English, StringComparison.Ordinal);

    [Fact]
    public void A_question_about_an_abbreviation_the_sources_lack_is_declined()
    {
        var answer = fixture.Engine.Ask("What was Montenegro's GDP in 2017?");
        Assert.False(answer.Answered, answer.Text);
    }
}
