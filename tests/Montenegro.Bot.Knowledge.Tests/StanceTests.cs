namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>Where a party stands on NATO membership, from the sentences that name it with a stance.</summary>
[Collection(KnowledgeCollection.Name)]
public sealed class StanceTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Is the Movement for Changes opposed to NATO membership?", "neutral")]
    [InlineData("is the movement for changes against nato", "neutral")]
    [InlineData("Is the Movement for Changes in favour of NATO?", "neutral")]
    [InlineData("Does the Socialist People's Party support NATO membership?", "ambiguous")]
    [InlineData("Is the Social Democratic Party opposed to NATO?", "desire")]
    public void A_party_that_takes_another_stance_than_asked_gets_no(string question, string stated)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No.", answer.Text, StringComparison.Ordinal);
        Assert.Contains(stated, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Where does the New Serb Democracy stand on NATO?", "opponent of NATO membership")]
    [InlineData("where does the movement for changes stand on nato membership", "neutral")]
    public void Where_a_party_stands_asks_its_stance_not_a_place(string question, string stated)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(stated, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_that_states_the_stance_asked_gets_yes()
    {
        var answer = fixture.Engine.Ask("Is the New Serb Democracy opposed to NATO?");

        Assert.StartsWith("Yes.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("opponent of NATO membership", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_whose_sentences_state_both_the_stance_asked_and_another_gets_no_verdict()
    {
        var answer = fixture.Engine.Ask("Is the SNP against NATO?");

        Assert.True(answer.Answered, answer.Text);
        Assert.DoesNotContain("No.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("ambiguous", answer.Text, StringComparison.Ordinal);
        Assert.Contains("indirectly opposed", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_word_inside_a_party_name_does_not_make_a_poll_trend_question()
    {
        var answer = fixture.Engine.Ask("Is the Movement for Changes opposed to NATO membership?");

        Assert.DoesNotContain("poll", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Which parties are the main backers of NATO membership?", "Democratic Party of Socialists", "Social Democratic Party")]
    [InlineData("Which parties oppose NATO membership?", "New Serb Democracy", "SNP")]
    public void Which_parties_take_a_stance_are_named(string question, string one, string other)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(one, answer.Text, StringComparison.Ordinal);
        Assert.Contains(other, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Movement for Changes", answer.Text, StringComparison.Ordinal);
    }
}
