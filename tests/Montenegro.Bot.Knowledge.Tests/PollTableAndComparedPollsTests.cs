namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// The poll table named in words of its own ("tabulated", "tabular") keeps a count to the table's rows, and two polls set
/// against each other by "comparing … with …" or "… compared with …" get the change between them, a poll named by its place
/// in time ("the very first poll in the table") included.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class PollTableAndComparedPollsTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("In how many of the tabulated polls did backers of NATO membership outnumber its opponents?", "13 of the 27 polls in the poll table")]
    [InlineData("How many tabulated polls showed a majority against joining NATO?", "14 of the 27 polls in the poll table")]
    [InlineData("In how many tabular polls was support above 55%?", "2 of the 27 polls in the poll table")]
    public void A_count_of_the_tabulated_polls_counts_the_tables_rows(string question, string count)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(count, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Comparing the very first poll in the table with CEDEM's June 2017 poll, how much had support for NATO grown?",
        "Support for NATO membership rose from 36.45% (CEDEM, Nov 2008) to 54.2% (CEDEM, June 2017), 17.75 points.")]
    [InlineData("By how much did opposition fall, comparing the first tabulated poll to the CISR/IRI poll of October 2017?",
        "Opposition to NATO membership fell from 63.55% (CEDEM, Nov 2008) to 51% (CISR/IRI, 6–12 October 2017), 12.55 points.")]
    [InlineData("How did support in the most recent poll compare with the first one in the table?",
        "Support for NATO membership rose from 36.45% (CEDEM, Nov 2008) to 43% (CISR/IRI, 6–12 October 2017), 6.55 points.")]
    public void Two_polls_compared_give_the_change_between_them(string question, string change)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(change, answer.Text, StringComparison.Ordinal);
    }
}
