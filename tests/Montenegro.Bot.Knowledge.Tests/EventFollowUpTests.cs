using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Frames;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Follow-ups that keep the thing the last question was about, not only its names: "when did it apply for it?" after a
/// question on the Membership Action Plan asks about applying for that plan, and "with whose backing?" after it about that
/// application.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class EventFollowUpTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    [Fact]
    public void Applying_for_it_after_a_question_on_the_action_plan_is_applying_for_the_action_plan()
    {
        var answer = Converse("When did Montenegro obtain its NATO Membership Action Plan?", "when did it apply for it?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("5 November 2008", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_follow_up_after_a_question_on_the_partnership_for_peace_is_about_that_partnership()
    {
        var answer = Converse("When did Montenegro join the Partnership for Peace?", "when did it apply for it?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2003", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2008", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Whose_backing_after_the_action_plan_application_names_who_backed_it()
    {
        var answer = Converse("When did Montenegro obtain its NATO Membership Action Plan?", "when did it apply for it?", "with whose backing?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Đukanović", answer.Text, StringComparison.Ordinal);
    }
}
