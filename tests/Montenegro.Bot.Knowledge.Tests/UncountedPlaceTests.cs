using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "How many went to Somalia?" after where else peacekeepers were deployed: the passage counts the soldiers sent to Afghanistan and only
/// names Somalia, so the count is declined for Somalia and still given for Afghanistan.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class UncountedPlaceTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    [Fact]
    public void A_count_for_a_country_the_passage_only_names_is_declined()
    {
        var answer = Converse("How many soldiers did Montenegro deploy to Afghanistan?", "where else were its peacekeepers deployed?", "how many went to Somalia?");

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("Somalia", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_for_the_country_the_passage_counts_is_given()
    {
        var answer = Converse("How many soldiers did Montenegro deploy to Afghanistan?", "where else were its peacekeepers deployed?", "how many went to Afghanistan?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("40", answer.Text, StringComparison.Ordinal);
    }
}
