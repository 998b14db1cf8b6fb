using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A subject "they" in a follow-up stands for the one country the last question named, not for the whole last question:
/// the follow-up is answered about that country's own act, and later follow-ups build on that act.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class PluralAntecedentTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // China's embassy in Podgorica (7 July 2006), not the confirmation of relations (14 June 2006) beside it.
    [Fact]
    public void They_after_a_question_on_China_and_Montenegro_is_China()
    {
        var answer = Converse("When were diplomatic relations between China and Montenegro confirmed?", "when did they open an embassy in Podgorica?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("July 7, 2006", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("14 June 2006", answer.Text, StringComparison.Ordinal);
    }

    // The span runs from China's embassy (July 2006) to Montenegro's (November 2007): about 16 months, not 17 from June.
    [Fact]
    public void A_span_built_on_a_resolved_they_starts_from_that_countrys_act()
    {
        var answer = Converse("When were diplomatic relations between China and Montenegro confirmed?", "when did they open an embassy in Podgorica?",
            "did montenegro do the same in beijing?", "how long after the chinese one was that?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("16 months", answer.Text, StringComparison.Ordinal);
    }

    // The same words after another country: the United States' relations (15 August 2006), not its recognition (12 June).
    [Fact]
    public void They_after_a_question_on_the_United_States_is_the_United_States()
    {
        var answer = Converse("When did the United States recognise Montenegro?", "when did they establish diplomatic relations?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("August 15", answer.Text, StringComparison.Ordinal);
    }

    // "On which date" asks for a time, not for names: "they" is still the country that question named.
    [Theory]
    [InlineData("On which date did America officially recognise Montenegro as independent?", "and when did they set up diplomatic relations?")]
    [InlineData("in which year did the united states recognise montenegro", "when did they establish diplomatic relations?")]
    public void They_after_a_question_asking_which_date_is_the_country_it_named(string first, string followUp)
    {
        var answer = Converse(first, followUp);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("August 15", answer.Text, StringComparison.Ordinal);
    }

    // "Which US senators visited?": "they" are the senators the answer gave, not the United States.
    [Fact]
    public void They_after_a_question_asking_for_names_is_not_a_country_of_that_question()
    {
        var answer = Converse("Which US senators visited Montenegro on August 28?", "who did they meet?");

        Assert.DoesNotContain("Secretary", answer.Text, StringComparison.Ordinal);
    }

    // "The US senators": a name directly before a plural noun of people says whose the group is, as "Russian" does in
    // "Russian diplomats"; "they" are the senators (who met President Vujanović), not the United States (whose Secretary met
    // Đukanović).
    [Fact]
    public void They_after_a_country_naming_a_group_of_people_is_the_group()
    {
        var answer = Converse("When did the US senators visit Montenegro?", "who did they meet?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Vujanović", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Secretary", answer.Text, StringComparison.Ordinal);
    }

    // The same group carried through a turn that names no one ("what date was that?") is still the group.
    [Fact]
    public void A_group_carried_through_a_date_question_is_still_the_group()
    {
        var answer = Converse("Which US senators made the official visit to Montenegro in 2006?", "what date was that?", "who did they meet?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Vujanović", answer.Text, StringComparison.Ordinal);
    }
}
