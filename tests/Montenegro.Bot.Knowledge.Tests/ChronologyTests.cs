namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Several named events put in date order: "put these in order: A, B, C", "which came first: A, B or C?", and a question
/// before the list that says what each item did ("who recognised Montenegro first, Russia, the US or the UK?").
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ChronologyTests(KnowledgeFixture fixture)
{
    [Fact]
    public void A_list_of_events_is_put_in_date_order_with_each_date()
    {
        var answer = fixture.Engine.Ask("Put these in order: UN admission, independence referendum, declaration of independence.");

        Assert.True(answer.Answered, answer.Text);
        var referendum = answer.Text.IndexOf("(21 May 2006)", StringComparison.Ordinal);
        var declaration = answer.Text.IndexOf("(3 June 2006)", StringComparison.Ordinal);
        var admission = answer.Text.IndexOf("(28 June 2006)", StringComparison.Ordinal);
        Assert.StartsWith("In date order:", answer.Text, StringComparison.Ordinal);
        Assert.True(referendum >= 0 && referendum < declaration && declaration < admission, answer.Text);
    }

    [Theory]
    [InlineData("Who recognised Montenegro first, Russia, the US or the UK?", "Russia's recognition came first, on 11 June 2006.")]
    [InlineData("which came last: the coup attempt, the invitation or joining nato?", "NATO membership came last, on 5 June 2017.")]
    [InlineData("which came first: Russia, the United Kingdom or France recognise Montenegro?", "Russia's recognition came first, on 11 June 2006.")]
    public void Asked_which_of_several_came_first_or_last_the_verdict_leads(string question, string verdict)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_with_an_event_the_sources_do_not_date_is_not_put_in_order()
    {
        var answer = fixture.Engine.Ask("put these in order: the referendum, the mars landing and UN admission");

        Assert.DoesNotContain("In date order", answer.Text, StringComparison.Ordinal);
    }

    // "Those three" are the three names the last turns asked about, one each, and what the first of them asked.
    [Fact]
    public void Asking_which_of_those_three_was_first_orders_the_three_names_just_asked_about()
    {
        var answer = fixture.Engine.Converse("When did Russia recognise Montenegro?", "and the uk?", "what about france?", "which of those three was first?");

        Assert.StartsWith("Russia's recognition came first, on 11 June 2006.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("France", answer.Text, StringComparison.Ordinal);
    }
}
