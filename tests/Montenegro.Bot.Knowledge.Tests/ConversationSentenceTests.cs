using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A follow-up asking a detail the conversation's own passages state ("did the speaker support it?" after the vote whose
/// sentence names him among its supporters, "how did Russia respond?" after the expulsions whose sentence goes on with the
/// consulate's closing) is answered from those passages, not from another passage sharing one of its words; one asking what
/// they do not state stays declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ConversationSentenceTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    [Fact]
    public void A_yes_or_no_on_a_person_the_last_sentence_names_is_answered_by_that_sentence()
    {
        var answer = Converse("How did parliament vote on the NATO training mission for Ukraine?", "did the speaker support it?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Mandic", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Council for Defense", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_asked_of_the_person_just_named_is_the_group_the_sentence_names_him_with()
    {
        var answer = Converse("How did parliament vote on the NATO training mission for Ukraine?", "did the speaker support it?", "what party is he in?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Democratic Front", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Socialist People's Party", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_is_what_the_actor_does_in_a_later_clause_of_the_sentence_just_told()
    {
        var answer = Converse("Were Russian diplomats expelled after the invasion of Ukraine?", "how did Russia respond?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("consulate", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Western line", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_by_an_actor_named_only_by_a_noun_is_read_from_its_clause_too()
    {
        var answer = Converse("What did pro-Russian opposition parties want held alongside the 2016 parliamentary elections?", "how did the government reply?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("plebiscite", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Whom_visitors_met_is_the_next_sentence_of_the_passage_that_told_the_visit()
    {
        var answer = Converse("When did the US establish diplomatic relations with Montenegro?", "who visited less than two weeks later?", "who did they meet there?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Vujanović", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_the_passage_never_gives_stays_declined()
    {
        var answer = Converse("What did Rumsfeld come to Montenegro for?", "which party does he belong to?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void An_adjective_of_the_actor_is_no_response_by_it()
    {
        // "members of the pro-Russian Democratic Front" is no deed of Russia's: the embassy's rebuke, told elsewhere, answers.
        var answer = Converse("How did parliament vote on the NATO training mission for Ukraine?", "how did the russians react?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Western line", answer.Text, StringComparison.Ordinal);
    }
}
