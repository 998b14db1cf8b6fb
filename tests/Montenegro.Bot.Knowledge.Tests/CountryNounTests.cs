namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A word for a country used as a noun ("a NATO member state") names a country, not the statement its verb of the same stem
/// names ("stated"); used as a verb ("what did Đukanović state") it still asks for what was said.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class CountryNounTests(KnowledgeFixture fixture)
{
    [Fact]
    public void A_member_state_asks_of_membership_not_of_a_statement()
    {
        var answer = fixture.Engine.Ask("When did Montenegro become a NATO member state?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("5 June 2017", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void State_as_a_verb_still_asks_what_was_said()
    {
        var answer = fixture.Engine.Ask("What did Đukanović state in March 2014?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("stated the desire", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_state_of_a_body_the_sources_do_not_tell_of_stays_declined()
    {
        Assert.False(fixture.Engine.Ask("When did Montenegro become a WTO member state?").Answered);
    }
}
