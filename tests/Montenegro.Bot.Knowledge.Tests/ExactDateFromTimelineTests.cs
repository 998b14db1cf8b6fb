namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "What was the exact date Montenegro joined the Partnership for Peace?": the article dates it only to the Riga summit of
/// 2006 and writes "PfP", while the timeline table gives the day; the article's sentence is linked to the table's row by
/// the programme's initials, and the answer gives both, so an exact date is answered. The words after "the date" tell what
/// happened then; they are not a thing the answer must name.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ExactDateFromTimelineTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("what was the exact date montenegro joind partnership for peace?")]
    [InlineData("What was the date Montenegro joined the Partnership for Peace?")]
    [InlineData("on what exact date did montenegro join PfP?")]
    public void The_exact_date_of_joining_the_PfP_is_the_timeline_tables_day(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2006-12-14", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Riga summit", answer.Text, StringComparison.Ordinal);
    }
}
