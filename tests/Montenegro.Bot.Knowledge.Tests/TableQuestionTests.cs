namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Questions that count, order or pick an end among the rows of the sources' tables (the opinion-poll table, the ratification
/// timeline table): answered from the rows, with the table cited; a filter no row meets is declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class TableQuestionTests(KnowledgeFixture fixture)
{
    [Fact]
    public void Polls_in_the_table_by_one_pollster_are_counted()
    {
        var answer = fixture.Engine.Ask("How many of the polls in the poll table were carried out by Ipsos?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("5 polls", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Sources, s => s.Id.Contains("opinion-polls", StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_of_polls_by_a_pollster_the_sources_never_name_is_declined()
    {
        var answer = fixture.Engine.Ask("How many polls in the table were carried out by Gallup?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void Polls_with_more_support_than_opposition_are_counted_from_both_columns()
    {
        var answer = fixture.Engine.Ask("How many polls in the table found more people for than against?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("13 of the 27 polls in the poll table showed more people for NATO membership than against it", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Allied_ratifications_in_one_year_are_counted_from_the_timeline_rows()
    {
        var answer = fixture.Engine.Ask("How many allied ratifications in the timeline table are dated 2017?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("lists 17 allied ratifications dated in 2017", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Allied_ratifications_in_a_year_the_timeline_does_not_reach_are_declined()
    {
        var answer = fixture.Engine.Ask("How many allied ratifications in the timeline table are dated 2014?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void The_last_step_of_the_timeline_table_is_its_latest_named_row()
    {
        var answer = fixture.Engine.Ask("Which was the final step listed in the ratification timeline?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Member of NATO", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2017-06-05", answer.Text, StringComparison.Ordinal);
    }
}
