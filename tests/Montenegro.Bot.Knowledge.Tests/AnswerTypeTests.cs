namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// What kind of answer a question asks for decides whether a text answers it: "where" needs a place, a place the question
/// names must be the place the text speaks of, and "which polling firm" is not answered by a poll whose firm is unnamed.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class AnswerTypeTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("where were montenegrin peacekeepers sent?", "Liberia")]
    [InlineData("where did montenegro open its permanent mission to nato?", "Brussels")]
    [InlineData("which city is the canadian embassy for montenegro in?", "Belgrade")]
    public void A_where_question_is_answered_with_the_place(string question, string place)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(place, answer.Text, StringComparison.Ordinal);
    }

    // The sentence found names Senin's case but no place he went to.
    [Fact]
    public void A_where_question_whose_text_names_no_new_place_is_declined()
    {
        Assert.False(fixture.Engine.Ask("Where did Dmitry Senin go after Montenegro refused to extradite him?").Answered);
    }

    // Russia's embassy in Podgorica says nothing of an embassy in Moscow; Montenegro's in Beijing answers the Beijing question.
    [Fact]
    public void A_place_the_question_names_must_be_the_place_the_text_speaks_of()
    {
        Assert.False(fixture.Engine.Ask("Does Montenegro have an embassy in Moscow?").Answered);

        var beijing = fixture.Engine.Ask("when did montenegro open its embassy in beijing?");
        Assert.True(beijing.Answered, beijing.Text);
        Assert.Contains("November 13", beijing.Text, StringComparison.Ordinal);
    }

    // "China open its embassy" asks of China's embassy in Podgorica; the Montenegrin embassy in China is the other side's.
    [Fact]
    public void A_state_opening_its_own_embassy_is_not_answered_with_the_other_states_embassy()
    {
        var answer = fixture.Engine.Ask("when did china open its embassy?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("July 7, 2006", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("November 13, 2007", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_who_carried_out_a_poll_the_sources_give_no_firm_for_is_a_truthful_decline()
    {
        var answer = fixture.Engine.Ask("Which polling company carried out the October 2014 poll?");

        Assert.False(answer.Answered);
        Assert.Contains("don't say who carried out", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Sources);
    }

    [Fact]
    public void Asking_who_carried_out_a_poll_with_a_named_firm_names_it()
    {
        var answer = fixture.Engine.Ask("which polling company did the march 2014 poll?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Ipsos", answer.Text, StringComparison.Ordinal);
    }

    // A list of NATO's member states names Croatia but no year: whatever path finds it, it is no answer to "what year".
    [Fact]
    public void A_when_question_is_not_answered_by_a_text_without_a_date()
    {
        Assert.False(fixture.Engine.Ask("what year did croatia become a nato member").Answered);
    }

    // "Reopen" is a word of the sources ("open") turned by a prefix: the sources say Russia closed its consulate, not that it reopened.
    [Fact]
    public void A_question_about_the_reverse_of_what_the_sources_say_is_declined()
    {
        Assert.False(fixture.Engine.Ask("When did Russia reopen its consulate in Podgorica?").Answered);

        var closed = fixture.Engine.Ask("when did russia close its consulate in podgorica?");
        Assert.True(closed.Answered, closed.Text);
        Assert.Contains("consulate", closed.Text, StringComparison.Ordinal);
    }

    // The lexicon's affixes ("dis", "re") are no words a typo stands for: "DPS" is not corrected into "dis".
    [Fact]
    public void An_acronym_is_not_corrected_into_an_affix_of_the_lexicon()
    {
        Assert.DoesNotContain(" dis ", fixture.Knowledge.Normalizer.Normalize("what share of the vote did the DPS get in 2016").English, StringComparison.Ordinal);
    }

    // "Newspaper" says what kind of answer is wanted; the sources name the paper without the word.
    [Fact]
    public void A_noun_for_the_kind_of_answer_is_not_a_word_the_text_must_contain()
    {
        var answer = fixture.Engine.Ask("which newspaper reported parliament's decision to join the nato mission for ukraine?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Kommersant", answer.Text, StringComparison.Ordinal);
    }

    // "Pay" asks for a sum as "cost" does: the campaign's sentence names the agency but no amount.
    [Fact]
    public void How_much_was_paid_is_not_answered_without_a_sum()
    {
        var answer = fixture.Engine.Ask("how much did Montenegro pay the MAPA agency for the NATO campaign");

        Assert.False(answer.Answered, answer.Text);
    }
}
