using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Follow-ups that carry a conversation about a process on: how it ended, who finished it, the same step by someone else,
/// who came last after a yes/no on one name, how a new actor reacted, and another party of the same kind.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ProcessFollowUpTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // The ratification turn names nothing; "it" is still Montenegro joining NATO, not the ratifications.
    [Fact]
    public void How_things_ended_after_a_turn_naming_nothing_is_asked_of_the_earlier_names()
    {
        var answer = Converse("When was Montenegro invited to join NATO?", "and when was the accession protocol signed?",
            "whose ratification completed the process?", "so when did it finally become a member?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("5 June 2017", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Which_country_ratified_last_is_the_one_the_text_names()
    {
        var answer = fixture.Engine.Ask("which country was the last to ratify montenegro's accession?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Spain", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fragment_naming_another_actor_asks_when_it_did_what_the_last_question_asked_who_did()
    {
        var answer = Converse("which country's ratification completed the allies' ratifications?", "and montenegro's parliament?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("28 April 2017", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Which_ones_came_last_after_a_yes_no_on_one_name_asks_for_the_names()
    {
        var answer = Converse("When did Russia recognise Montenegro?", "was it the first of the permanent security council members to do so?",
            "and the united kingdom?", "which ones were the last?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("France", answer.Text, StringComparison.Ordinal);
        Assert.Contains("China", answer.Text, StringComparison.Ordinal);
    }

    // "Pro-Russian" MPs are Montenegrin MPs: the Russians reacting after them are a new actor, not a name to swap in.
    [Fact]
    public void How_the_russians_responded_after_pro_russian_mps_is_their_reaction()
    {
        var answer = Converse("How did parliament vote on the NATO mission for Ukraine?", "did pro-russian MPs support it?", "how did the russians respond?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Western line", answer.Text, StringComparison.Ordinal);
    }

    // "Movement" and "changes" are words for a trend, but written together they are a party's name the sources use.
    [Fact]
    public void A_party_named_in_lower_case_takes_the_last_question_over()
    {
        var answer = Converse("What is the New Serb Democracy's position on NATO?", "what about the movement for changes?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("neutral", answer.Text, StringComparison.Ordinal);
    }
}
