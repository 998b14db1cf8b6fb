using Montenegro.Bot.Charts;
using Montenegro.Bot.Commands;

namespace Montenegro.Bot.Tests.Commands;

/// <summary>An unknown argument is never dropped: the reply names it and the nearest values the sources know.</summary>
[Collection(EngineCollection.Name)]
public sealed class DidYouMeanTests(EngineFixture fixture)
{
    private static Dictionary<string, string> Options(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public void Poll_by_an_unknown_pollster_names_it_and_lists_the_pollsters_of_the_sources()
    {
        var answer = fixture.Router.Run("poll", Options(("firm", "Gallup"), ("year", "2016")));

        Assert.Equal("error", answer.Intent);
        Assert.StartsWith("No pollster 'Gallup'. Pollsters in my sources: ", answer.Text, StringComparison.Ordinal);
        var listed = answer.Text[answer.Text.IndexOf(':', StringComparison.Ordinal)..];
        foreach (var pollster in new[] { "CEDEM", "DAMAR", "Ipsos", "NSPM", "CISR/IRI" })
        {
            Assert.Contains(pollster, listed, StringComparison.Ordinal);
        }

        // Every name listed is a pollster the sources have polls of.
        var chartable = PollsterResolver.ChartableNames(fixture.Knowledge);
        Assert.All(listed.TrimStart(':', ' ').TrimEnd('.').Split(", "), name => Assert.Contains(name, chartable));
    }

    [Fact]
    public void Poll_by_a_known_pollster_with_a_typo_is_answered_for_that_pollster()
    {
        var answer = fixture.Router.Run("poll", Options(("firm", "Ipsoss")));

        Assert.True(answer.Answered);
        Assert.Contains("Ipsos", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("CEDEM", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_country_gets_the_nearest_names_the_sources_know()
    {
        var answer = fixture.Router.Run("relations", Options(("country", "Kazakhstanistan")));

        Assert.Equal("error", answer.Intent);
        Assert.Contains("I don't know a country called 'Kazakhstanistan'. Did you mean: ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Kazakhstan", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_far_from_every_name_gets_examples_with_sections_in_the_sources()
    {
        var answer = fixture.Router.Run("recognition", Options(("country", "Narnia")));

        Assert.Contains("I don't know a country called 'Narnia'. Try a name from my sources, such as ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Russia", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_milestone_offers_the_nearest_one()
    {
        var answer = fixture.Router.Run("nato", Options(("milestone", "coupp")));

        Assert.Equal("error", answer.Intent);
        Assert.Equal("No NATO milestone 'coupp'. Did you mean: Coup attempt?", answer.Text);
    }

    [Fact]
    public void A_montenegrin_user_gets_the_reply_in_montenegrin()
    {
        var answer = fixture.Router.Execute("poll", Options(("firm", "Gallup")), CommandLanguage.Montenegrin).Answer;

        Assert.StartsWith("Nema agencije 'Gallup'. Agencije u mojim izvorima: CEDEM", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rusija", "11 June 2006")]
    [InlineData("SAD", "June 12, 2006")]
    [InlineData("usa", "June 12, 2006")]
    [InlineData("uk", "13 June")]
    public void Recognition_takes_names_and_aliases_in_both_languages(string country, string expected)
    {
        var answer = fixture.Router.Run("recognition", Options(("country", country)));

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
