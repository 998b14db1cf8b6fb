using Montenegro.Bot.Commands;

namespace Montenegro.Bot.Tests;

[Collection(EngineCollection.Name)]
public sealed class CommandRouterTests(EngineFixture fixture)
{
    private static Dictionary<string, string> Options(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public void Recognition_with_a_country_gives_its_date()
    {
        var answer = fixture.Router.Run("recognition", Options(("country", "China")));
        Assert.True(answer.Answered);
        Assert.Contains("14 June", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognition_without_a_country_lists_every_dated_recognition()
    {
        var answer = fixture.Router.Run("recognition", Options());
        foreach (var expected in new[] { "Russia", "United States", "United Kingdom", "France", "China", "MacKay" })
        {
            Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Recognition_for_something_that_is_not_a_country_says_so_without_pinging()
    {
        var answer = fixture.Router.Run("recognition", Options(("country", "@everyone")));
        Assert.False(answer.Answered);
        Assert.Contains("don't know a country", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Nato_without_a_milestone_is_the_timeline_in_date_order()
    {
        var text = fixture.Router.Run("nato", Options()).Text;
        Assert.True(text.IndexOf("June 2003", StringComparison.Ordinal) < text.IndexOf("5 June 2017", StringComparison.Ordinal));
        Assert.Contains("2009-12-04", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MAP", "December 2009")]
    [InlineData("Invitation", "2 December 2015")]
    [InlineData("Flag raising", "7 June 2017")]
    public void Nato_milestone_answers_that_milestone(string milestone, string expected)
    {
        Assert.Contains(expected, fixture.Router.Run("nato", Options(("milestone", milestone))).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_offered_milestone_is_answered()
    {
        foreach (var (name, _) in NatoMilestones.All)
        {
            Assert.True(fixture.Router.Run("nato", Options(("milestone", name))).Answered, name);
        }
    }

    [Fact]
    public void Poll_by_firm_and_year_lists_only_those_polls()
    {
        var answer = fixture.Router.Run("poll", Options(("firm", "DAMAR"), ("year", "2016")));
        Assert.Contains("55.6", answer.Text, StringComparison.Ordinal);
        Assert.Contains("54.6", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("CEDEM", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Poll_with_a_year_that_is_not_a_number_is_refused()
    {
        var answer = fixture.Router.Run("poll", Options(("year", "last year")));
        Assert.Equal("error", answer.Intent);
    }

    [Fact]
    public void Relations_with_a_country_without_a_section_are_answered_from_the_lists()
    {
        var answer = fixture.Router.Run("relations", Options(("country", "Somalia")));
        Assert.StartsWith("No.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_and_sources_and_help_answer()
    {
        Assert.True(fixture.Router.Run("search", Options(("query", "Zaytsev"))).Answered);
        Assert.Contains("Montenegro–NATO relations", fixture.Router.Run("sources", Options()).Text, StringComparison.Ordinal);
        Assert.Contains("/recognition", fixture.Router.Run("help", Options()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_option_gets_the_usage()
    {
        var answer = fixture.Router.Run("relations", Options());
        Assert.Equal("error", answer.Intent);
        Assert.Contains("/relations country", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Autocomplete_puts_prefix_matches_first_and_never_exceeds_25()
    {
        Assert.Equal(25, fixture.Router.Complete("relations", "country", string.Empty).Count);
        var matches = fixture.Router.Complete("relations", "country", "ch");
        Assert.Equal("China", matches[0]);
        Assert.Contains("Czech Republic", matches);
    }

    [Theory]
    [InlineData("/recognition Russia", "recognition", "country", "Russia")]
    [InlineData("/poll CEDEM 2016", "poll", "year", "2016")]
    [InlineData("/poll CEDEM 2016", "poll", "firm", "CEDEM")]
    [InlineData("/nato Membership Action Plan", "nato", "milestone", "Membership Action Plan")]
    public void Console_commands_are_parsed_into_command_and_options(string line, string name, string key, string value)
    {
        Assert.True(CommandLineParser.TryParse(line, out var parsed, out var options));
        Assert.Equal(name, parsed);
        Assert.Equal(value, options[key]);
    }

    [Fact]
    public void A_question_is_not_a_console_command()
    {
        Assert.False(CommandLineParser.TryParse("When did Russia recognise Montenegro?", out _, out _));
    }
}
