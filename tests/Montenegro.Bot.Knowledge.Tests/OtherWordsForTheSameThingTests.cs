namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question may name a role, a body or a group in other words than the sources ("head of the Pentagon" for the Defense
/// Secretary, "upper house" for the Senate, "troops" for soldiers, "Africa" for Liberia): the passage that states it answers
/// it. An undoing the sources never state ("withdraw", "pull out", "reopen" after the closing) is not said by the deed it
/// undoes.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class OtherWordsForTheSameThingTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Which head of the Pentagon visited Montenegro in 2006?", "Rumsfeld")]
    [InlineData("What did the upper house of Congress vote on in March 2017 about Montenegro?", "Senate")]
    [InlineData("Which secretary of defense met Đukanović?", "Rumsfeld")]
    public void A_role_or_body_in_everyday_words_is_the_one_the_sources_name(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Troops_are_counted_by_the_soldiers_the_sources_count()
    {
        var answer = fixture.Engine.Ask("How many troops went to Afghanistan?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("40", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_is_named_by_a_state_the_lexicon_places_in_it()
    {
        var answer = fixture.Engine.Ask("Has Montenegro sent troops to Africa?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Liberia", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_no_state_of_the_sources_lies_in_is_not_answered()
    {
        Assert.False(fixture.Engine.Ask("Has Montenegro sent peacekeepers to South America?").Answered);
    }

    [Theory]
    [InlineData("When did Montenegro withdraw its soldiers from Afghanistan?")]
    [InlineData("When did Montenegro pull its troops out of Afghanistan?")]
    [InlineData("Has Russia reopened its consulate in Podgorica since closing it?")]
    [InlineData("did russia reopen the consulate")]
    public void An_undoing_the_sources_never_state_is_not_answered_by_the_deed_it_undoes(string question)
    {
        Assert.False(fixture.Engine.Ask(question).Answered);
    }

    // "deepening" is one edit pair from "reopening": a word the sources never use is not taken for an undoing it resembles.
    [Fact]
    public void Deepening_cooperation_is_not_read_as_reopening_it()
    {
        var answer = fixture.Engine.Ask("What is the next formal step for Montenegro in deepening its cooperation with Kyiv?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("security cooperation agreement", answer.Text, StringComparison.Ordinal);
    }
}
