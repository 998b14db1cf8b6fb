using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question that asks of an event with its verb ("was annexed") and a source that names it with the verb's noun
/// ("Annexation of Crimea") tell of the same event: the bot must not say the sources never tell of it.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class DerivationTests(KnowledgeFixture fixture)
{
    private static readonly string[] Endings = ["ion", "ation", "ment", "al", "ure", "ance"];

    [Theory]
    [InlineData("annex", "annexation")]
    [InlineData("deploy", "deployment")]
    [InlineData("ratify", "ratification")]
    [InlineData("deny", "denial")]
    [InlineData("close", "closure")]
    [InlineData("approve", "approval")]
    [InlineData("invade", "invasion")]
    [InlineData("admit", "admission")]
    [InlineData("extradite", "extradition")]
    [InlineData("accept", "acceptance")]
    public void A_verb_makes_the_noun_that_names_its_event(string verb, string noun)
    {
        Assert.Contains(noun, Derivation.NounsOf(verb, Endings));
    }

    [Fact]
    public void An_event_the_sources_name_by_its_noun_is_not_declined_as_never_told()
    {
        var answer = fixture.Engine.Ask("Did Montenegro join Western sanctions on Russia after Crimea was annexed?");
        Assert.True(answer.Answered, answer.Text);
        Assert.DoesNotContain("never say", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2014", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decline_of_an_event_the_sources_name_by_its_noun_does_not_claim_they_never_tell_of_it()
    {
        // The sources tell of elections, though not of this one: the decline may not say they never say anyone was elected.
        var answer = fixture.Engine.Ask("When was Andrija Mandić elected Speaker of Parliament?");
        Assert.False(answer.Answered, answer.Text);
        Assert.DoesNotContain("never say", answer.Text, StringComparison.Ordinal);
    }
}
