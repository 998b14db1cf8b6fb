using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Follow-ups that bring a subject of their own: "how did Russia respond?" asks about Russia's reaction, not the last
/// question with Russia in another name's place; "and the Movement for Changes?" asks the last topic about a party the
/// knowledge base has no entity for; "so when did it finally become a member?" asks how things ended, not the last
/// question again.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class FollowUpSubjectTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // The vote's source goes on to the Russian Embassy's rebuke; the vote itself is no answer to how Russia reacted.
    [Fact]
    public void Asking_how_russia_responded_after_the_ukraine_vote_gets_the_embassys_rebuke()
    {
        var answer = Converse("How many MPs backed the resolution on NATO's Ukraine training mission?", "how did russia respond?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Western line", answer.Text, StringComparison.Ordinal);
    }

    // The parties' stances stand in one passage; the party asked about next is the one whose stance is given.
    [Fact]
    public void Asking_about_another_party_after_the_nato_opponents_gets_that_partys_stance()
    {
        var answer = Converse("Which party opposes NATO membership outright?", "and the Movement for Changes?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("neutral", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("New Serb Democracy", answer.Text, StringComparison.Ordinal);
    }

    // After the invitation and the protocol, "finally" asks for the end of the road: the protocol's date is no answer.
    [Fact]
    public void Asking_when_it_finally_became_a_member_does_not_repeat_the_protocol_date()
    {
        var answer = Converse("When was Montenegro invited to join NATO?", "when was the accession protocol signed?", "so when did it finally become a member?");

        Assert.DoesNotContain("19 May 2016", answer.Text, StringComparison.Ordinal);
    }

    // "What did the Russians say about it?" asks what they said of the event just asked about, not for Russia's relations.
    [Fact]
    public void Asking_what_the_russians_said_about_it_after_the_ukraine_decision_gets_the_embassys_rebuke()
    {
        var answer = Converse("What did Montenegro's parliament decide about NATO's mission for Ukraine?", "what did the russians say about it?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Western line", answer.Text, StringComparison.Ordinal);
    }

    // The vote is undated in the sources; after the Russians' reaction the question is still about the vote, and declined.
    [Fact]
    public void Asking_the_exact_date_of_the_vote_after_the_russian_reaction_is_declined()
    {
        var answer = Converse("What did Montenegro's parliament decide about NATO's mission for Ukraine?", "what did the russians say about it?", "what was the exact date of the vote?");

        Assert.False(answer.Answered, answer.Text);
    }
}
