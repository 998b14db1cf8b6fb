namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Questions the sources neither confirm nor deny, though they sound close: a deed the sources tell at several other times
/// ("did Montenegro expel Russian diplomats in 2018?", told of March/April and September 2022) may have happened in the year
/// asked too, and an abbreviation no source spells out ("what does NSPM stand for?") is not explained by its poll figures.
/// Both are declined, saying what the sources do tell. A deed told once keeps its "No." ("did Montenegro join NATO in 2016?").
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class NeitherConfirmedNorDeniedTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("did montenegro expel russian diplomats in 2018")]
    [InlineData("Were Russian diplomats thrown out of Montenegro in 2019?")]
    public void A_deed_told_at_several_other_times_is_neither_confirmed_nor_denied_for_another_year(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("only in March/April 2022", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("No.", answer.Text, StringComparison.Ordinal);
    }

    // Told once, or told beside a like deed of another (China's embassy in Podgorica, then Montenegro's in Beijing; the
    // invitation to the Adriatic Charter, then NATO's), a deed keeps its "No." for another year.
    [Theory]
    [InlineData("Did Montenegro join NATO in 2016?", "5 June 2017")]
    [InlineData("Was the Montenegrin embassy in Beijing opened in 2006?", "November 13, 2007")]
    [InlineData("Did NATO invite Montenegro to join in 2014?", "2 December 2015")]
    public void A_deed_told_once_is_denied_for_another_year(string question, string told)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No.", answer.Text, StringComparison.Ordinal);
        Assert.Contains(told, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does NSPM stand for", "NSPM")]
    [InlineData("What is DAMAR short for?", "DAMAR")]
    public void An_abbreviation_no_source_spells_out_is_not_explained(string question, string abbreviation)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains($"don't say what {abbreviation} stands for", answer.Text, StringComparison.Ordinal);
    }
}
