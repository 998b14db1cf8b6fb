namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question whose answer a source states plainly is answered though it words a detail otherwise than the source: "the
/// mission in Ukraine" for "NATO's mission for Ukraine", "the main opponents" for "the main groups that do not support",
/// "theatre director" for "theatrical director".
/// </summary>
public sealed class StatedAnswerTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Theory]
    [InlineData("How many MPs voted for the NATO mission in Ukraine?")]
    [InlineData("how many votes were cast for the nato mission in ukraine")]
    public void A_mission_in_a_state_is_the_mission_for_it(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("44", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_opponents_asked_for_are_the_groups_that_do_not_support()
    {
        var answer = fixture.Hybrid.Ask("Which groups are the main opponents of NATO membership?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Orthodox", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which theatre director ran the 2009 NATO campaign?")]
    [InlineData("Which theatre director was behind the campaign for NATO accession?")]
    public void A_role_qualified_in_other_words_is_answered_by_its_holder(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Vojvodić", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who was the US defence secretary who went to Montenegro?")]
    [InlineData("who was the defence secretary that visited montenegro")]
    public void A_role_spelt_the_other_way_and_read_with_its_holders_name_is_answered(string question)
    {
        var answer = fixture.Hybrid.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Rumsfeld", answer.Text, StringComparison.Ordinal);
    }
}
