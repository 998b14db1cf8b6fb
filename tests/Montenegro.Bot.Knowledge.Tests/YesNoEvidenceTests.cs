namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A yes/no question's verdict comes from comparing its claim with what the cited evidence states of the same thing: the
/// occasion an event happened at, a party's stance, a share of the vote. A claim the evidence contradicts is answered "No."
/// with the evidence, never "Yes.".
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class YesNoEvidenceTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Did Montenegro join the Partnership for Peace at the Bucharest summit?")]
    [InlineData("did montenegro enter pfp at the bucharest summit")]
    public void Joining_at_a_summit_other_than_the_one_the_source_names_is_answered_no_with_that_summit(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No. ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Riga", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Was the Democratic Front against the Ukraine mission resolution?")]
    [InlineData("did the democratic front vote against the ukraine mission resolution")]
    public void Asking_whether_a_party_opposed_what_the_source_says_it_supported_is_answered_no(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No. ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Democratic Front", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_whether_a_party_backed_what_the_source_says_it_supported_is_answered_yes()
    {
        var answer = fixture.Engine.Ask("Did members of the Democratic Front back the Ukraine mission resolution?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Yes. ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_whether_a_party_won_more_than_half_of_the_vote_it_won_41_percent_of_is_answered_no_with_the_figure()
    {
        var answer = fixture.Engine.Ask("Did the Democratic Party of Socialists win more than half of the popular vote in October 2016?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No. ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("41%", answer.Text, StringComparison.Ordinal);
    }
}
