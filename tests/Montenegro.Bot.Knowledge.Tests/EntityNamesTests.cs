namespace Montenegro.Bot.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class EntityNamesTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("usa", "united-states")]
    [InlineData("USA", "united-states")]
    [InlineData("uk", "united-kingdom")]
    [InlineData("Britain", "united-kingdom")]
    [InlineData("Rusija", "russia")]
    [InlineData("rusija", "russia")]
    [InlineData("SAD", "united-states")]
    [InlineData("Русија", "russia")]
    [InlineData("Rusia", "russia")]
    public void Option_values_resolve_by_name_alias_montenegrin_name_or_typo(string typed, string expectedId)
    {
        Assert.Equal(expectedId, fixture.Knowledge.Names.Resolve(typed)?.Id);
    }

    [Fact]
    public void Autocomplete_puts_an_exact_alias_before_a_name_that_merely_starts_with_it()
    {
        var countries = fixture.Knowledge.Entities.Where(e => e.Type == Entities.EntityType.Country);
        var completions = fixture.Knowledge.Names.Complete("uk", countries);
        Assert.Equal("united-kingdom", completions[0].Id);
        Assert.Contains(completions, e => e.Id == "ukraine");
    }

    [Fact]
    public void Autocomplete_matches_montenegrin_names()
    {
        var countries = fixture.Knowledge.Entities.Where(e => e.Type == Entities.EntityType.Country);
        Assert.Equal("germany", fixture.Knowledge.Names.Complete("Njem", countries)[0].Id);
    }

    [Fact]
    public void Unknown_names_resolve_to_nothing()
    {
        Assert.Null(fixture.Knowledge.Names.Resolve("Atlantis"));
        Assert.Null(fixture.Knowledge.Names.Resolve(""));
    }
}
