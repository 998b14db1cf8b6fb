namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// The allies' ratification timeline answers for Montenegro's accession only: a question about another thing the sources
/// say is to be ratified (the security cooperation agreement with Ukraine) is answered from what they say of it.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class OtherRatifiedTests(KnowledgeFixture fixture)
{
    [Fact]
    public void Another_agreements_ratification_is_not_answered_by_the_allies_timeline()
    {
        var answer = fixture.Engine.Ask("Has Montenegro ratified the security cooperation agreement with Ukraine yet?");

        Assert.DoesNotContain("ratification timeline", answer.Text, StringComparison.Ordinal);
        Assert.Contains("next step", answer.Text, StringComparison.Ordinal);
    }

    // The sources say the ratification is the next step, and what the agreement "would" formalize: no forecast that it will be.
    [Fact]
    public void Whether_it_will_be_ratified_is_a_forecast_no_source_gives()
    {
        var answer = fixture.Engine.Ask("Will Montenegro's lawmakers end up ratifying the security agreement with Ukraine?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void The_accessions_ratification_is_still_the_timelines()
    {
        var answer = fixture.Engine.Ask("When did the allies ratify Montenegro's accession?");

        Assert.Contains("ratification timeline", answer.Text, StringComparison.Ordinal);
    }
}
