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
