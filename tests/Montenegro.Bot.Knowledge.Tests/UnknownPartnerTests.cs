namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Relations with a partner neither the sources nor the entity table know ("Narnia", "Atlantis") are declined, not answered
/// with another country's relations or the list of states without them; a real country the sources do not list still gets
/// what they say of it.
/// </summary>
public sealed class UnknownPartnerTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Theory]
    [InlineData("Does Montenegro have diplomatic relations with Atlantis?")]
    [InlineData("does montenegro do diplomacy with wakanda")]
    [InlineData("does montenegro have relations with mars?")]
    public void Relations_with_a_partner_no_source_names_are_declined(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.DoesNotContain("14 June 2006", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bhutan", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mar 2014", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Relations_with_a_country_the_sources_list_are_still_answered()
    {
        var answer = fixture.Hybrid.Ask("does montenegro have diplomatic relations with nigeria?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No.", answer.Text, StringComparison.Ordinal);
    }
}
