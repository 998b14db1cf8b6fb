using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A follow-up keeps the topic the conversation set some turns back: the other end is turned on the turn that asked for an
/// end, and a bare follow-up is answered from the passage the conversation is reading rather than from some other text.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class FollowUpTopicTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // The highest support in the poll table is Ipsos's 56% (October 2015); CEDEM's 36.45% (November 2008) is the lowest.
    [Fact]
    public void Asking_for_the_highest_after_a_question_on_the_lowest_poll_gives_the_highest_poll()
    {
        var answer = Converse("What was the lowest support for NATO membership in the poll table?", "who ran that poll?", "and the highest?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("56%", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("36.45", answer.Text, StringComparison.Ordinal);
    }

    // The DPS won the October 2016 election with 41% of the popular vote; a news passage on Ukraine is no answer.
    [Fact]
    public void Asking_for_the_share_of_the_vote_after_the_election_winner_gives_the_winners_share()
    {
        var answer = Converse("Which party won Montenegro's October 2016 parliamentary election?", "with what share of the vote?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("41%", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ukraine", answer.Text, StringComparison.Ordinal);
    }
}
