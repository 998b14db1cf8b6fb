namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// With meaning on, a question about someone the sources never mention (a full name none of whose words they use) is declined
/// naming them, though a passage close in meaning tells of others doing the same; the people the sources name are answered.
/// </summary>
public sealed class UnknownNameTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Theory]
    [InlineData("When did Emmanuel Macron make an official visit to Montenegro?", "Emmanuel Macron")]
    [InlineData("when did Boris Johnson make an official visit to montenegro", "Boris Johnson")]
    public void A_visit_by_someone_the_sources_never_mention_is_declined_naming_them(string question, string name)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.StartsWith($"My sources don't mention {name}.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_visit_by_someone_the_sources_name_is_still_answered()
    {
        var answer = fixture.Hybrid.Ask("When did John McCain make an official visit to Montenegro?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("August 28", answer.Text, StringComparison.Ordinal);
    }
}
