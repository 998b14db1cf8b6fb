using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Who visited later that month?" after an answer dated to a month asks its own question in that month, and "they" then
/// stands for whoever it named; not the time between the last two dated answers, nor an overview of the relations.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class SameMonthFollowUpTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // Relations with the US date from 15 August 2006; six senators visited on 28 August.
    [Fact]
    public void A_visit_later_that_month_is_the_visit_in_the_answers_month()
    {
        var answer = Converse("When were diplomatic relations between Montenegro and the United States established?", "who paid a visit in that same month?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("McCain", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("recognized", answer.Text, StringComparison.Ordinal);
    }

    // The senators met President Vujanović: the sentence after the one on their visit.
    [Fact]
    public void Whom_the_visitors_of_that_month_met_is_told_by_their_visit()
    {
        var answer = Converse("When were diplomatic relations between Montenegro and the United States established?", "who visited later that month?", "who did they meet there?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Vujanovi", answer.Text, StringComparison.Ordinal);
    }
}
