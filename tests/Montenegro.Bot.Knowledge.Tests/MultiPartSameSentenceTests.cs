namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A "when" part of a several-part question that would get no answer of its own (declined, or an earlier part's answer
/// again) is answered by the sentence that dates it in a passage the parts were answered from; a "when" question whose
/// fact is cut from a sentence that goes on to date the other thing it asks gets the whole sentence. A part the sources
/// do not date stays declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class MultiPartSameSentenceTests(KnowledgeFixture fixture)
{
    [Fact]
    public void A_part_asking_when_something_ended_is_dated_by_the_sentence_of_its_start()
    {
        var answer = fixture.Engine.Ask("When did the accession talks begin and when did they end?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("February 2016", answer.Text, StringComparison.Ordinal);
        Assert.Contains("concluded in May", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("My sources don't answer", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_pointing_back_gets_the_rest_of_the_sentence_an_earlier_part_was_cut_from()
    {
        var answer = fixture.Engine.Ask("When did Montenegro apply for the Membership Action Plan, and when did it get one?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("5 November 2008", answer.Text, StringComparison.Ordinal);
        Assert.Contains("December 2009", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declined_part_is_answered_from_the_passage_of_the_part_before()
    {
        var answer = fixture.Engine.Ask("When did Trump sign the presidential memorandum, and when did Montenegro formally become a member?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("11 April 2017", answer.Text, StringComparison.Ordinal);
        Assert.Contains("5 June 2017", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Spain", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_no_sentence_dates_stays_declined()
    {
        var answer = fixture.Engine.Ask("When did the accession talks begin, and when did they end, and when were they suspended?");

        Assert.Contains("concluded in May", answer.Text, StringComparison.Ordinal);
        Assert.Contains("My sources don't answer \"when were they suspended?\"", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_when_question_of_two_events_of_one_sentence_gets_both_dates()
    {
        var answer = fixture.Engine.Ask("When did the final accession talks start and finish?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("February 2016", answer.Text, StringComparison.Ordinal);
        Assert.Contains("concluded in May", answer.Text, StringComparison.Ordinal);
    }
}
