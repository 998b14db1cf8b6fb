using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "And what's the next step now?" after the vote: "now" in a follow-up asking what comes next places the step after the
/// events just told, so the passage stating the next step answers it; a follow-up asking what holds today stays declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class StoryNowTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    [Fact]
    public void The_next_step_now_after_the_vote_is_the_step_the_passage_names()
    {
        var answer = Converse("How did parliament vote on sending personnel to NATO's mission for Ukraine?", "and what is Montenegro's next step now?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("security cooperation agreement", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_holds_today_is_still_declined_after_the_vote()
    {
        var answer = Converse("How did parliament vote on sending personnel to NATO's mission for Ukraine?", "how many troops are deployed there today?");

        Assert.False(answer.Answered, answer.Text);
    }
}
