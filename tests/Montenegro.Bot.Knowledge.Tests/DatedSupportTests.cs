namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Support for NATO on a date is what the polls of that date measured, though the question never says "poll"; support
/// of someone named, or asked of a country or party, is not.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class DatedSupportTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("What was support for NATO in November 2008?", "36.45%")]
    [InlineData("what was nato support like in december 2016", "49.88%")]
    [InlineData("Колика је била подршка НАТО-у у новембру 2008?", "36.45%")]
    public void Support_on_a_date_is_answered_with_that_dates_poll(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Membership Action Plan", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Support_asked_of_whom_is_not_read_as_a_poll()
    {
        var answer = fixture.Engine.Ask("Who supported NATO in 2016?");

        Assert.DoesNotContain("for NATO membership,", answer.Text, StringComparison.Ordinal);
    }
}
