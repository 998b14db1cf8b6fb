namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A source goes on about a person by the title it gave him ("Defense Secretary Donald Rumsfeld … Following the
/// Secretary's meeting …"): a question about what came of the person's deed is answered with that next sentence too.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class TitleReferenceContinuationTests(KnowledgeFixture fixture)
{
    [Fact]
    public void What_was_agreed_after_a_visit_is_answered_with_the_sentence_naming_the_visitor_by_title()
    {
        var answer = fixture.Engine.Ask("What did Montenegro agree to after Donald Rumsfeld's visit?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Iraq and Afghanistan", answer.Text, StringComparison.Ordinal);
    }

    // The senators' visit is told by name and followed by "Their activities …": nothing is added that the question does not ask.
    [Fact]
    public void A_visit_asked_about_alone_is_not_followed_by_what_came_after_it()
    {
        var answer = fixture.Engine.Ask("When did Donald Rumsfeld visit Montenegro?");

        Assert.DoesNotContain("Iraq", answer.Text, StringComparison.Ordinal);
    }
}
