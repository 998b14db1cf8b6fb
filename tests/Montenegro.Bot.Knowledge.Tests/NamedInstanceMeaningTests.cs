namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// With meaning on: an outlet named right before its reporting verb ("Dnevne Novine reported") answers "which newspaper
/// reported", and a campaign's quoted name (the "No to NATO!" campaign) answers what it was called.
/// </summary>
public sealed class NamedInstanceMeaningTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Fact]
    public void The_outlet_named_before_reported_answers_which_newspaper_reported()
    {
        var answer = fixture.Hybrid.Ask("Which Balkan newspaper reported in December 2013 that Montenegro would be admitted alongside Macedonia?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Dnevne Novine", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_name_before_the_thing_answers_what_it_was_called()
    {
        var answer = fixture.Hybrid.Ask("What was the campaign against NATO membership called?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("No to NATO", answer.Text, StringComparison.Ordinal);
    }
}
