using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "What would it cover?" after the agreement named as the next step: what the thing in focus holds, told by the focus when
/// it lists it ("in areas such as ..."); a question on what the focus never tells ("what would it cost?") stays declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ContentFollowUpTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    [Fact]
    public void What_it_would_cover_is_told_by_the_focus_that_lists_it()
    {
        var answer = Converse("How long was the Montenegrin parliament's debate over the NATO mission for Ukraine?", "what's the next step?", "what would it cover?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("intelligence sharing", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_it_would_cost_is_not_told_by_the_focus()
    {
        var answer = Converse("How long was the Montenegrin parliament's debate over the NATO mission for Ukraine?", "what's the next step?", "what would it cost?");

        Assert.False(answer.Answered, answer.Text);
    }
}
