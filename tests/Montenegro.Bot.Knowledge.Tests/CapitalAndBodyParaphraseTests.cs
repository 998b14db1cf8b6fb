namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Everyday names for what the sources name otherwise, from the lexicon's paraphrases: a country's capital for its city
/// ("the Chinese capital": Beijing), "the world body" for the United Nations, "commerce" for trade, "diplomatic mission" for
/// embassy. Words only.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class CapitalAndBodyParaphraseTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("When did Montenegro open its diplomatic mission in the Chinese capital?", "November 13, 2007")]
    [InlineData("When did the world body admit Montenegro?", "28 June 2006")]
    [InlineData("How much commerce flowed between Montenegro and China in 2015?", "160,385,964")]
    public void A_thing_named_in_everyday_words_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Commerce_with_a_partner_the_sources_give_no_figure_for_stays_declined()
    {
        var answer = fixture.Engine.Ask("How much commerce flowed between Montenegro and Russia in 2015?");

        Assert.False(answer.Answered, answer.Text);
    }
}
