namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question put after a writer's lead-in ("While reading about X, ...", "I'm writing about Y. What ...?") is answered as
/// asked after the lead-in: the lead-in sets the scene, and a year or country it names must be the answer's too.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class LeadInQuestionTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Throughout the drawn-out dispute over the Ukraine mission, what did opposition parties keep accusing parliament of?")]
    [InlineData("I have been following the long debate on the NATO mission for Ukraine. What did the opposition accuse the parliament of?")]
    public void The_question_after_a_lead_in_gets_the_answer_in_the_lead_ins_scene(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("stalling", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Talking about Serbia's parliament, what did the opposition accuse parliament of?")]
    [InlineData("Looking back at 2019, what did the opposition accuse parliament of?")]
    public void A_lead_in_naming_another_country_or_year_is_not_answered_from_another_one(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
