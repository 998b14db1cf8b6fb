namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A near miss asks more than the passage on its topic gives: the exact day (or month) of an event the passage dates only
/// to its year, the outlet that reported something the passage tells without naming who reported it, the date of a state's
/// event the passage says was stopped ("whose membership has been vetoed"), or a deed the passage tells only the opposite of
/// (opening, closing). Such a question is declined; the same kind of question asking what a passage does give is still
/// answered.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class UnstatedPrecisionAndEventTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("What was the precise date in 2007 when Montenegro and Canada set up diplomatic relations?", "exact day")]
    [InlineData("Which month in 2007 did Canada establish diplomatic relations with Montenegro?", "month")]
    [InlineData("Which newspaper broke the news that Russia recognised Montenegro?", "who reported")]
    [InlineData("In what year did Macedonia become a NATO member state?", "North Macedonia")]
    [InlineData("When did Russia open a consulate in Podgorica?", "opposite")]
    public void What_the_passage_does_not_give_is_declined_by_name(string question, string named)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains(named, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On what exact day did Montenegro join NATO?", "5 June 2017")]
    [InlineData("In which month did the US Senate vote on Montenegro's accession?", "March")]
    [InlineData("Which newspaper reported in December 2013 that Montenegro would join NATO together with Macedonia?", "Dnevne Novine")]
    [InlineData("Which country vetoed Macedonia's NATO membership?", "Greece")]
    [InlineData("When did Russia close its consulate in Podgorica?", "2022")]
    public void What_the_passage_gives_is_still_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
