namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// The tally of parliament's vote on the NATO mission for Ukraine (44 for, five against, two abstentions) is given however
/// the question describes the mission: in the words of the report's opening sentence ("training and assisting Ukraine's
/// armed forces", "approved"), not only in those of the tally's own sentence. What the tally does not state (the date,
/// the June EU mission, how many troops go) is still declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class VoteTallyTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("What was the vote count when parliament approved joining NATO's mission assisting Ukraine's forces?")]
    [InlineData("What was the full tally of the vote on the NATO mission training Ukraine's armed forces: how many for and against?")]
    [InlineData("how did the parliament vote go on the nato training mission for ukrainian forces")]
    [InlineData("Koliko je poslanika glasalo za učešće u misiji NATO-a za obuku ukrajinskih snaga?")]
    public void The_tally_is_given_when_the_question_describes_the_mission_in_the_reports_opening_words(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("44 votes", answer.Text, StringComparison.Ordinal);
        Assert.Contains("two abstentions", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When did parliament vote on the NATO mission to train Ukraine's forces?")]
    [InlineData("What was the tally in the June vote on sending personnel to the EU mission assisting Ukraine?")]
    [InlineData("How many troops will Montenegro send to the NATO mission training Ukraine's forces?")]
    [InlineData("Which MPs abstained in the vote on the NATO mission assisting Ukraine's armed forces?")]
    public void What_the_tally_does_not_state_is_still_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
