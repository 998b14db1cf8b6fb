namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A near miss asks what the passage on its topic does not state: the name of a role's holder the passage mentions without
/// naming ("the speaker of the Montenegrin parliament"), the first time of a deed it tells only as repeated ("on numerous
/// occasions"), a deed done to something else than asked ("leave the State Union", asked of NATO), or the first ally to
/// ratify, whose name the timeline table lost. Such a question is declined with what the passage does say; the same shapes
/// asking what a passage states are still answered.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class UnnamedAndRepeatedTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Who was the Montenegrin speaker the senators met in 2006?", "mention the speaker")]
    [InlineData("In what year did Zaytsev visit Montenegro for the first time?", "numerous occasions")]
    [InlineData("When did the GRU officer initially come to Montenegro?", "first happened")]
    [InlineData("When did Montenegro leave NATO?", "State Union")]
    [InlineData("Which member state ratified Montenegro's accession first?", "don't name the first ally")]
    [InlineData("Which nation was earliest to approve the accession protocol?", "don't name the first ally")]
    public void What_the_passage_does_not_state_is_declined_with_what_it_says(string question, string said)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains(said, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who was the prime minister that Rumsfeld met?", "Đukanović")]
    [InlineData("Who was the defense minister that said Montenegro would intensify its NATO efforts in 2007?", "Vučinić")]
    [InlineData("Who was the theatrical director of the MAPA campaign?", "Vojvodić")]
    [InlineData("Who is the FSB colonel Montenegro refused to extradite?", "Senin")]
    [InlineData("When did Montenegro leave the State Union with Serbia?", "2006")]
    [InlineData("When did Montenegro first apply for a Membership Action Plan?", "2008")]
    [InlineData("Which country was the last to ratify Montenegro's accession?", "Spain")]
    public void What_the_passage_states_is_still_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
