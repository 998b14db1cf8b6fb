namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "Which X …?" asks for every member of a set the sources state: the sentence that lists a kind and takes the side asked,
/// every party of a kind with the stance asked in any words ("pushed for", "pro-NATO") or with any stance at all ("which
/// opposition parties' stances"), the pollsters by any plural word for them, and every step of a year, the text's as well as
/// the table's. A set asked of something else (the opposite side, polls on the EU) is not answered with this one.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ListAnswerTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Which groups of people were mainly against NATO membership?")]
    [InlineData("Which groups were largely opposed to NATO membership in Montenegro?")]
    public void The_sentence_listing_the_kind_on_the_side_asked_answers(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("women and the undereducated", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which parties pushed for a referendum on NATO membership?", new[] { "New Serb Democracy", "Movement for Changes", "Socialist People's Party" })]
    [InlineData("Which parties were the main pro-NATO ones?", new[] { "Democratic Party of Socialists", "Social Democratic Party" })]
    [InlineData("Which opposition parties' positions on NATO do the sources give?", new[] { "New Serb Democracy", "Movement for Changes", "Socialist People's Party" })]
    public void Every_party_of_the_stance_asked_is_named(string question, string[] parties)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.All(parties, party => Assert.Contains(party, answer.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Opposition_parties_leave_out_the_ruling_ones()
    {
        var answer = fixture.Engine.Ask("Which opposition parties' positions on NATO do the sources give?");

        Assert.DoesNotContain("Social Democratic Party", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_plural_word_for_pollsters_asks_for_the_firms()
    {
        var answer = fixture.Engine.Ask("Which polling outfits surveyed Montenegrins on NATO membership?");

        Assert.True(answer.Answered, answer.Text);
        Assert.All(["CEDEM", "DAMAR", "Ipsos", "NSPM", "CISR"], firm => Assert.Contains(firm, answer.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("poll figures", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pollsters_of_polls_on_another_organisation_are_not_the_NATO_ones()
    {
        var answer = fixture.Engine.Ask("Which polling firms surveyed Montenegrins on EU membership?");

        Assert.DoesNotContain("CEDEM", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_of_a_year_on_the_road_include_the_texts_own()
    {
        var answer = fixture.Engine.Ask("Which steps on Montenegro's road to NATO happened in 2008?");

        Assert.True(answer.Answered, answer.Text);
        Assert.All(["Intensified Dialogue", "Individual Partnership Action Plan", "Adriatic Charter", "5 November 2008"], step => Assert.Contains(step, answer.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Steps_of_the_table_stay_the_tables()
    {
        var answer = fixture.Engine.Ask("Which milestones in the ratification timeline are dated 2008?");

        Assert.DoesNotContain("Adriatic Charter", answer.Text, StringComparison.Ordinal);
    }
}
