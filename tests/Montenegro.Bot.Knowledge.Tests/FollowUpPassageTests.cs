using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// With meaning on, a follow-up the bot could not place does not end the topic: the next one is asked with the words of the
/// turn the bot last answered, and an answer that wanders to another text is read again on the passage the conversation is
/// reading.
/// </summary>
public sealed class FollowUpPassageTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    // Montenegro deposited its instrument of accession with the U.S. State Department in Washington, D.C.
    [Fact]
    public void Asking_where_it_handed_in_the_paperwork_after_a_declined_turn_gives_washington()
    {
        var answer = fixture.Hybrid.Converse("When did Montenegro officially become a NATO member?", "what number member did that make it?", "where did it hand in the paperwork?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Washington", answer.Text, StringComparison.Ordinal);
    }

    // The DPS won with 41% of the popular vote; a news passage on NATO's mission for Ukraine talks of "intelligence sharing".
    [Fact]
    public void Asking_for_the_share_of_the_vote_after_the_election_winner_stays_on_the_election()
    {
        var answer = fixture.Hybrid.Converse("Which party won Montenegro's October 2016 parliamentary election?", "with what share of the vote?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("41%", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ukraine", answer.Text, StringComparison.Ordinal);
    }

    // Canada's embassy in Belgrade is accredited to Montenegro; China's embassy is another country's.
    [Fact]
    public void Asking_which_embassy_covers_montenegro_after_canadas_recognition_gives_canadas()
    {
        var answer = fixture.Hybrid.Converse("How did Canada recognise Montenegro?", "which embassy covers montenegro?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Belgrade", answer.Text, StringComparison.Ordinal);
    }
}
