using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Follow-ups that set what the conversation just gave against something: the last answer's event against an event the
/// follow-up names ("did that come before or after ...?"), and the two polls just given against each other ("which of the
/// two ..."). And a whole question with a subject, a verb and a year of its own is not the last question moved to that year.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ComparingFollowUpTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // The invitation (2 December 2015) came before the coup attempt (October 2016).
    [Fact]
    public void Asking_whether_the_last_event_came_before_or_after_a_named_one_gives_the_verdict_and_both_dates()
    {
        var answer = Converse("When did NATO formally invite Montenegro?", "did that come before or after the coup attempt?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Before", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2 December 2015", answer.Text, StringComparison.Ordinal);
        Assert.Contains("October 2016", answer.Text, StringComparison.Ordinal);
    }

    // The table gives CEDEM's June 2017 poll a lead of 10.0 and the CISR/IRI poll of October 2017 one of 8.0.
    [Fact]
    public void Asking_which_of_the_two_polls_just_given_had_the_bigger_lead_compares_those_two()
    {
        var answer = Converse("What did the CEDEM poll of June 2017 find?", "and the CISR/IRI one in October 2017?", "which of the two polls had the bigger lead?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("The CEDEM poll, June 2017 had the bigger lead", answer.Text, StringComparison.Ordinal);
    }

    // Not "when did Russia recognise Montenegro in 2023?": the refusal to extradite Dmitry Senin, August 2023.
    [Fact]
    public void A_question_with_its_own_subject_verb_and_year_is_not_merged_with_the_last()
    {
        var answer = Converse("When did Russia recognise Montenegro?", "what did Montenegro refuse in 2023?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("extradite", answer.Text, StringComparison.Ordinal);
    }

    // "The year after" shifts the year; its "after" is no rank to add to the question ("... in 2009 after?").
    [Fact]
    public void The_year_after_moves_the_last_question_to_the_next_year_without_a_stray_rank()
    {
        var answer = Converse("What did Montenegro adopt with NATO in June 2008?", "and the year after?");

        Assert.Contains(answer.Fields, f => f.Name == "Taken as" && f.Value == "What did Montenegro adopt with NATO in 2009?");
    }
}
