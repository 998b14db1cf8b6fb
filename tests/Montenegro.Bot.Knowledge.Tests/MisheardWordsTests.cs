using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A word typed or heard far from the sources' word, which the sources' context says was meant: a word no source uses beside
/// a neighbour the sources (or the bot's names for what they tell) write the near word beside ("the cup atempt"), a word
/// spelt as said ("hapend"), a homophone right after a question word ("what roll"), and a name heard as two words two edits
/// off ("mount negro"). A real word where the sources say nothing of it stays as asked.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class MisheardWordsTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("wen was the cup atempt in montenegro", "coup attempt")]
    [InlineData("wat day was the cuo atempt in montengro", "coup attempt")]
    [InlineData("wat hapend to the ruling coallition in janury 2016", "what happened to")]
    [InlineData("when did mount negro join the partnership for piece", "montenegro join")]
    public void A_misheard_word_is_read_as_the_sources_word_its_context_bears_out(string question, string expected) =>
        Assert.Contains(expected, fixture.Knowledge.Normalizer.Normalize(question).English, StringComparison.Ordinal);

    [Fact]
    public void A_homophone_right_after_a_question_word_is_the_word_questions_ask_with() =>
        Assert.Equal(
            "what role did russia play in the election",
            new HeardPhrases(fixture.Knowledge.Passages.Select(p => p.Text), fixture.Knowledge.Lexicon).Rewrite("what roll did russia play in the election"));

    [Theory]
    [InlineData("wen was the cup atempt in montenegro", "16 October 2016")]
    [InlineData("wat hapend to the ruling coallition in janury 2016", "split")]
    [InlineData("when did mount negro join the partnership for piece", "2006")]
    [InlineData("what roll did and rea man ditch play in the ukraine mission vote", "Speaker")]
    public void A_question_with_a_misheard_word_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when did montenegro win a cup")]
    [InlineData("who won the cup final in podgorica")]
    [InlineData("what role did montenegro play in the world cup")]
    [InlineData("when did mount everest join nato")]
    public void A_real_word_the_sources_say_nothing_of_stays_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.False(answer.Answered, answer.Text);
    }
}
