using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "And the CEDEM one a few months before?" after one poll: the nearest poll on that side of it (of the pollster named, if
/// any), not the earliest or latest poll of all.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class PollSequelTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // CEDEM's June 2017 poll (54.2% for) is its last before the CISR/IRI poll of October 2017; its earliest is Nov 2008.
    [Fact]
    public void A_named_pollsters_poll_before_the_last_poll_is_its_nearest_before_it()
    {
        var answer = Converse("What did the CISR/IRI poll of October 2017 show?", "and the cedem survey from some months earlier?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("54.2", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("36.45", answer.Text, StringComparison.Ordinal);
    }

    // The poll after CEDEM's June 2017 one is CISR/IRI's of October 2017 (43% for), not the latest of all by chance of wording.
    [Fact]
    public void Support_some_time_later_is_the_next_poll_after_the_last_one()
    {
        var answer = Converse("What did CEDEM find in November 2015?", "what was support like a while later?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Ipsos", answer.Text, StringComparison.Ordinal);
        Assert.Contains("50.5", answer.Text, StringComparison.Ordinal);
    }

    // Nothing of Ipsos's comes before the first poll in the table: said, not answered with another poll.
    [Fact]
    public void A_pollsters_poll_before_the_earliest_poll_is_declined()
    {
        var answer = Converse("What did CEDEM find in November 2008?", "and the Ipsos one before?");

        Assert.False(answer.Answered, answer.Text);
    }

    // After CEDEM's June 2017 poll (54.2%) and the one after it (CISR/IRI, 43%), "did it rise?" compares those two.
    [Fact]
    public void A_change_after_two_polls_is_the_change_between_them()
    {
        var answer = Converse("What did CEDEM find in its June 2017 poll?", "and the poll a while after?", "did backing rise or drop?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("fell from 54.2%", answer.Text, StringComparison.Ordinal);
    }

    // The sources give no poll's sample: the poll after the last one does not answer for it.
    [Fact]
    public void The_sample_of_the_poll_after_the_last_one_is_declined()
    {
        var answer = Converse("What did the NSPM poll show on NATO membership?", "and the DAMAR poll a few weeks later?", "how big was its sample?");

        Assert.False(answer.Answered, answer.Text);
    }
}
