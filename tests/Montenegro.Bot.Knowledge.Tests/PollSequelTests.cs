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
    // "Before that" points back at the poll just given: DAMAR's 16–20 May 2016 poll (54.6% for) is its nearest before NSPM's
    // of 28 May–5 Jun 2016, not its earliest (8–14 Jun 2015, 51.2%).
    [Fact]
    public void A_pollsters_poll_some_weeks_before_that_is_its_nearest_before_the_last_poll()
    {
        var answer = Converse("How did the NSPM poll come out on joining NATO?", "and the DAMAR survey a few weeks before that?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("54.6", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("51.2", answer.Text, StringComparison.Ordinal);
    }

    // Ipsos's March 2014 poll is quoted by the text, CEDEM's polls by the table: its nearest CEDEM poll before is the table's
    // March 2013 one (37.3% for), which the sources do state, so no decline and no earliest poll of all.
    [Fact]
    public void A_pollsters_poll_before_a_poll_the_text_quotes_is_found_in_the_table()
    {
        var answer = Converse("What did Ipsos find in March 2014?", "what about the CEDEM one some months before that?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("37.3", answer.Text, StringComparison.Ordinal);
    }
}
