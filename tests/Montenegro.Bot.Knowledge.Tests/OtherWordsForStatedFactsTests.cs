namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Stated facts asked in everyday words the sources do not use: accepted as a member (admitted), standing (status), while
/// waiting for (pending), a deal to pass through the territory (an agreement to move across the country), giving approval
/// to a treaty (ratifying it), resentment (opposition), characterising someone (a report of speech). Near misses stay declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class OtherWordsForStatedFactsTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("When was Montenegro accepted as a member of the United Nations?", "28 June 2006")]
    [InlineData("What standing did Montenegro have in the alliance pending ratification?", "observer")]
    [InlineData("What standing did Montenegro get inside the alliance while waiting for ratification?", "observer")]
    [InlineData("When did Montenegro sign the deal allowing NATO forces to pass through its territory?", "November 2007")]
    [InlineData("When did Montenegro's parliament approve the treaty on joining NATO?", "28 April 2017")]
    [InlineData("How did the Russian embassy characterise Montenegro's decision?", "Western line")]
    public void A_stated_fact_in_other_words_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When was Montenegro accepted as a member of the World Trade Organization?")]
    [InlineData("When did Montenegro sign the deal allowing Russian forces to pass through its territory?")]
    [InlineData("What standing does Montenegro have in the European Union?")]
    [InlineData("Why is there resentment toward the EU in Montenegro?")]
    public void The_same_words_about_what_the_sources_do_not_tell_stay_declined(string question)
    {
        Assert.False(fixture.Engine.Ask(question).Answered, fixture.Engine.Ask(question).Text);
    }
}
