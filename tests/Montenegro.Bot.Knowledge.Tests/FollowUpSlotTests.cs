using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A follow-up read against the right earlier thing: an ellipsis naming an owner and a place fills both slots of the last
/// question; "it" that the last question only pointed at is the thing its context carried; "the last of the five" asks of
/// all five, not of the countries named so far; a clause of its own after a turn that named nothing is asked with the names
/// the turns before gave.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class FollowUpSlotTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // The last question carried China only as context after "its" ("(China, Montenegro)"): Montenegro's own embassy, in
    // Beijing, is asked, not China's in Podgorica again.
    [Fact]
    public void Owner_and_place_both_change_when_the_last_owner_was_only_its()
    {
        var answer = Converse(
            "When were diplomatic ties between China and Montenegro confirmed?", "when did its embassy in podgorica open?", "and montenegro's one in beijing?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("November 13, 2007", answer.Text, StringComparison.Ordinal);
    }

    // The other way round: after Montenegro's embassy in Beijing, "the Chinese one in Podgorica" is China's.
    [Fact]
    public void Owner_and_place_both_change_the_other_way_round()
    {
        var answer = Converse("when did montenegro open its embassy in beijing?", "and the chinese one in podgorica?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("July 7, 2006", answer.Text, StringComparison.Ordinal);
    }

    // "Invited to it" pointed at the Adriatic Charter the turn before asked about; "a full member of it" is of that charter,
    // not of the United Nations.
    [Fact]
    public void It_that_the_last_question_only_pointed_at_is_the_thing_its_context_carried()
    {
        var answer = Converse("what is the adriatic charter", "when was montenegro invited to it", "so when did it become a full member of it?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("May 2009", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("United Nations", answer.Text, StringComparison.Ordinal);
    }

    // Three countries named so far, but "the five" are the permanent members: the last two of them, France and China.
    [Fact]
    public void The_last_of_the_five_asks_of_all_five_not_of_the_three_named()
    {
        var answer = Converse(
            "Which of the permanent Security Council members recognised Montenegro first?", "and the United Kingdom?", "and the US?", "who were the last of the five?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("France", answer.Text, StringComparison.Ordinal);
        Assert.Contains("China", answer.Text, StringComparison.Ordinal);
    }

    // The last turn named nothing but Montenegro; the membership asked about is NATO's, which the first turn named.
    [Fact]
    public void A_clause_of_its_own_after_a_turn_naming_nothing_takes_the_names_before()
    {
        var answer = Converse(
            "Did Montenegro's parliament ratify the NATO accession treaty?", "which country's ratification was the last one?", "so when did montenegro formally become a member?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("5 June 2017", answer.Text, StringComparison.Ordinal);
    }
}
