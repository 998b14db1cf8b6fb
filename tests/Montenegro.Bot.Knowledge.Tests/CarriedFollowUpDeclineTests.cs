using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Frames;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "And X?" carries the last question over to X, and X must get X's answer: when the sources answer the last question only
/// for the thing it named, the follow-up is declined, not answered with that thing's date or figures.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class CarriedFollowUpDeclineTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // The passage dates Montenegro's admission to the UN; it only names the EU as a goal.
    [Fact]
    public void Asking_and_the_EU_after_the_UN_admission_date_is_declined()
    {
        var answer = Converse("When was Montenegro admitted to the United Nations?", "and the EU?");

        Assert.False(answer.Answered, answer.Text);
    }

    // "How many people" is more than a question word: not "who funds that centre" asked another way. The sources give no
    // poll's sample size.
    [Fact]
    public void Asking_how_many_people_were_surveyed_after_who_funds_the_pollster_is_declined()
    {
        var answer = Converse("What did the CEDEM poll of July 2015 find?", "who funds that centre?", "how many people did they survey?");

        Assert.False(answer.Answered, answer.Text);
    }

    // The July 2015 poll gives figures for Serbs, Albanians and Bosniaks, none for Croats.
    [Fact]
    public void Asking_and_croats_after_a_poll_figure_for_serbs_is_declined()
    {
        var answer = Converse("What percentage of Montenegrin Serbs backed NATO in the July 2015 poll?", "and croats?");

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("croats", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    // Asked which group backed NATO the most, then about a group the poll gives no figure for.
    [Fact]
    public void Asking_what_about_croats_after_which_group_backed_nato_most_is_declined()
    {
        var answer = Converse("In the July 2015 poll, which Montenegrin ethnic group backed NATO membership the most?", "and serbs?", "what about croats?");

        Assert.False(answer.Answered, answer.Text);
    }
}
