using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A follow-up that moves in time from the conversation's date ("two days after", "in September of that year", "the year
/// after", "earlier that year", "that same month"): answered by what the sources date to that time on the same topic, and
/// declined only when they date nothing to it; a bare "and the year after?" still asks the last question again.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class TimeShiftTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // Membership on 5 June 2017; two days on, the flag was raised at NATO Headquarters.
    [Fact]
    public void What_took_place_two_days_after_is_the_event_of_that_day()
    {
        var answer = Converse("When did Montenegro become a NATO member?", "and what took place two days after?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Flag", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Fields, f => f.Name == "Date" && f.Value.Contains("2017-06-07", StringComparison.Ordinal));
    }

    // The Plan in June 2008; that September, the invitation to the Adriatic Charter.
    [Fact]
    public void A_month_of_that_year_is_the_month_of_the_last_answers_year()
    {
        var answer = Converse("When did Montenegro adopt an Individual Partnership Action Plan?", "anything else in september of that year?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Adriatic Charter", answer.Text, StringComparison.Ordinal);
    }

    // The consulate closed in 2022 (an answer writing two months of it); the year after, Senin was not extradited.
    [Fact]
    public void Anything_else_the_year_after_is_the_same_topics_next_year()
    {
        var answer = Converse("When did Russia close its consulate in Podgorica?", "anything else the year after?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Senin", answer.Text, StringComparison.Ordinal);
    }

    // Six expelled in September 2022 (the month asked); five before, in March/April.
    [Fact]
    public void Expulsions_earlier_that_year_are_the_ones_before_the_month_asked()
    {
        var answer = Converse("How many Russian diplomats were expelled in September 2022?", "why?", "were there expulsions earlier that year too?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("five", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Fields, f => f.Name == "Date" && f.Value.Contains("2022-04", StringComparison.Ordinal));
    }

    // Russia recognised Montenegro in 2006; the sources date nothing to 2011 on its foreign relations.
    [Fact]
    public void A_time_the_sources_date_nothing_to_is_declined()
    {
        var answer = Converse("When did Russia recognise Montenegro?", "what happened five years later?");

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("2011", answer.Text, StringComparison.Ordinal);
    }

    // "And the year after?" after a trade figure asks the figure of 2016, which the sources do not give: no event of 2016.
    [Fact]
    public void A_bare_year_after_asks_the_last_question_again_not_what_happened()
    {
        var answer = Converse("How much did Montenegro and China trade in 2015?", "and the year after?");

        Assert.False(answer.Answered, answer.Text);
    }

    // "When did he say that?" is answered by two passages, neither dated in a field, both writing "May 2014": that month.
    [Fact]
    public void That_same_month_is_the_one_month_the_last_answers_text_dates()
    {
        var answer = Converse("Which Russian MP warned Montenegro about missiles?", "when did he say that?", "what did Đukanović hope for that same month?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("invitation", answer.Text, StringComparison.Ordinal);
    }
}
