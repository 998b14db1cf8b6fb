using Montenegro.Bot.Commands;

namespace Montenegro.Bot.Tests.Commands;

/// <summary>Autocomplete goes through the engine's one alias table, in English and Montenegrin.</summary>
[Collection(EngineCollection.Name)]
public sealed class AutocompleteTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("recognition", "uk", "United Kingdom")]
    [InlineData("relations", "uk", "United Kingdom")]
    [InlineData("recognition", "Rusija", "Russia")]
    [InlineData("relations", "Rusija", "Russia")]
    [InlineData("relations", "SAD", "United States")]
    [InlineData("recognition", "usa", "United States")]
    [InlineData("relations", "Kina", "China")]
    public void A_name_or_alias_in_either_language_offers_its_country_first(string command, string typed, string expected)
    {
        var choices = fixture.Router.Complete(command, "country", typed);

        Assert.Equal(expected, choices[0]);
    }

    [Fact]
    public void Uk_offers_the_united_kingdom_before_ukraine()
    {
        var choices = fixture.Router.Complete("relations", "country", "uk");

        Assert.Contains("Ukraine", choices);
        Assert.True(choices.ToList().IndexOf("United Kingdom") < choices.ToList().IndexOf("Ukraine"));
    }

    [Theory]
    [InlineData("relations", "Rus", "Rusija", "Russia")]
    [InlineData("relations", "usa", "Sjedinjene Američke Države", "United States")]
    [InlineData("recognition", "uk", "Ujedinjeno Kraljevstvo", "United Kingdom")]
    [InlineData("relations", "Kina", "Kina", "China")]
    public void A_montenegrin_client_sees_montenegrin_names_and_sends_the_english_value(string command, string typed, string shown, string value)
    {
        var choice = fixture.Router.Choices(command, "country", typed, CommandLanguage.Montenegrin)[0];

        Assert.Equal(shown, choice.Name);
        Assert.Equal(value, choice.Value);
    }

    [Fact]
    public void An_english_client_sees_the_english_names()
    {
        var choice = fixture.Router.Choices("relations", "country", "Rusija", CommandLanguage.English)[0];

        Assert.Equal("Russia", choice.Name);
        Assert.Equal("Russia", choice.Value);
    }

    [Fact]
    public void A_montenegrin_name_without_one_in_the_data_shows_the_english_name()
    {
        var choices = fixture.Router.Choices("relations", "country", string.Empty, CommandLanguage.Montenegrin);
        var english = fixture.Router.Choices("relations", "country", string.Empty, CommandLanguage.English);

        Assert.Equal(english.Select(c => c.Value), choices.Select(c => c.Value));
        Assert.All(choices, c => Assert.False(string.IsNullOrWhiteSpace(c.Name)));
        Assert.Contains(choices, c => c.Name == (string)c.Value);
        Assert.Contains(choices, c => c.Name != (string)c.Value);
    }

    [Fact]
    public void Pollsters_complete_from_the_sources()
    {
        Assert.Equal("CISR/IRI", fixture.Router.Complete("poll", "firm", "iri")[0]);
        Assert.Equal("CEDEM", fixture.Router.Complete("poll", "firm", "ced")[0]);
    }

    [Fact]
    public void Unknown_commands_and_options_offer_nothing()
    {
        Assert.Empty(fixture.Router.Complete("no-such-command", "country", "uk"));
        Assert.Empty(fixture.Router.Complete("ask", "question", "uk"));
    }
}
