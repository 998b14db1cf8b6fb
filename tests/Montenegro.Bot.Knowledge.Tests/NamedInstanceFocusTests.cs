namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question for one of a class ("which newspaper", "which groups", "what was the campaign called") is answered by a text
/// that names one in the role asked, though it never says the class word; a text that names none still answers nothing.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class NamedInstanceFocusTests(KnowledgeFixture fixture)
{
    // "said to be", "thought to be": what the groups are said to be is what is asked, not the saying.
    [Theory]
    [InlineData("Which groups are said to be the main opponents of NATO membership?")]
    [InlineData("Which groups are thought to be the main opponents of NATO membership?")]
    public void Groups_said_to_be_opponents_are_answered_by_the_groups_that_do_not_support(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("undereducated", answer.Text, StringComparison.Ordinal);
    }

    // The only campaign the sources name is "No to NATO!", against membership: no source names a pro-NATO campaign, and
    // the 1999 bombing campaign has no name at all.
    [Theory]
    [InlineData("What was the pro-NATO campaign called?")]
    [InlineData("What was the bombing campaign called?")]
    public void A_thing_no_source_names_is_not_answered_by_another_thing_of_its_class(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
