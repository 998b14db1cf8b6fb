namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A count of people the sources never state but name in brackets after their posts ("the Slovenian (Karel Erjavec &amp;
/// Roman Jakič) and Croatian (…) ministers") is counted from the names, however the count is asked.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ListedPeopleCountTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("How many ministers signed the May 2014 letter to NATO's Secretary General?")]
    [InlineData("Number of ministers who signed the May 2014 letter to NATO's Secretary General?")]
    public void People_named_in_brackets_are_counted(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("My sources name 4 ministers", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Ante Kotromanović", answer.Text, StringComparison.Ordinal);
    }
}
