using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question names its event by a noun ("the riot", "the referendum") as often as by a verb: a noun of the same form as a
/// verb is not taken for the question's verb, and a kind of event answers a question about its kind.
/// </summary>
public sealed class EventNamedByNounTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    // "the 2015 anti-NATO protests" ends a noun phrase: the question asks when the riot occurred, which the protest
    // sentence states.
    [Fact]
    public void A_riot_named_after_protests_is_dated_by_the_sentence_that_states_it()
    {
        var answer = fixture.Hybrid.Ask("When did the riot in Podgorica that capped the 2015 anti-NATO protests occur?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("24 October", answer.Text, StringComparison.Ordinal);
    }

    // "Did the protests culminate": the noun right after "did the" is the subject; the question asks of the riot.
    [Theory]
    [InlineData("When did the protests in Podgorica end in a riot?")]
    [InlineData("When did the anti-NATO protests in the capital culminate in a riot?")]
    public void Protests_as_the_subject_leave_the_riot_to_be_dated(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("24 October", answer.Text, StringComparison.Ordinal);
    }

    // A referendum is a vote: "vote in the referendum" and "vote to leave" are answered by the referendum's date.
    [Theory]
    [InlineData("On what date did Montenegrins vote in the referendum on leaving the union with Serbia?")]
    [InlineData("on what day did montenegrins vote to leave the union with serbia")]
    public void Voting_in_the_referendum_is_dated_by_the_referendum(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("21 May 2006", answer.Text, StringComparison.Ordinal);
    }

    // The vote is what was counted: "joining" after "on" names what the vote was on, not a joining to be dated.
    [Fact]
    public void Abstentions_in_a_vote_on_joining_a_mission_are_counted_from_the_tally()
    {
        var answer = fixture.Hybrid.Ask("How many abstentions were there in the Montenegrin parliament's vote on joining NATO's training mission for Ukraine?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("two abstentions", answer.Text, StringComparison.Ordinal);
    }
}
