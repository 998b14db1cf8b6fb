namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Words that frame a question rather than say what it is about: "a UN member state" is a member, "roughly how many million
/// euros" asks the amount the sources give to the euro, "according to the article" points at the sources, and "run me
/// through" asks to be told. None is a thing a passage must state.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class FramingWordsTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("is montenegro a UN member state and since when")]
    [InlineData("is montenegro a UN member nation?")]
    public void A_member_state_question_is_answered_by_the_admission_date(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("28 June 2006", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("roughly how many million euros did China-Montenegro trade reach in 2015?")]
    [InlineData("approximately how many millions of euros was trade with china worth in 2015")]
    public void An_amount_asked_in_millions_is_answered_by_the_stated_figure(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("160,385,964", answer.Text, StringComparison.Ordinal);
    }

    // "you run" sounds like "Iran": read as the request it is, the idiom names no state.
    [Fact]
    public void Run_me_through_the_permanent_members_recognitions_lists_them_with_dates()
    {
        var answer = fixture.Engine.Ask("Can you run me through how the five permanent UNSC members recognised Montenegro?");

        Assert.True(answer.Answered, answer.Text);
        Assert.DoesNotContain("Iran", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Russia", answer.Text, StringComparison.Ordinal);
        Assert.Contains("France", answer.Text, StringComparison.Ordinal);
    }
}
