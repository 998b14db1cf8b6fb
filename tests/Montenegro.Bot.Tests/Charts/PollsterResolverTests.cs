using Montenegro.Bot.Charts;

namespace Montenegro.Bot.Tests.Charts;

[Collection(EngineCollection.Name)]
public sealed class PollsterResolverTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("CEDEM", "cedem")]
    [InlineData("cedem", "cedem")]
    [InlineData("Cedem", "cedem")]
    [InlineData("  centre for democracy and human rights ", "cedem")]
    [InlineData("Center for Democracy and Human Rights", "cedem")]
    [InlineData("ipsos", "ipsos")]
    [InlineData("Ipsoss", "ipsos")]
    [InlineData("CISR/IRI", "cisr-iri")]
    [InlineData("cisr-iri", "cisr-iri")]
    [InlineData("International Republican Institute", "cisr-iri")]
    [InlineData("Government", "government")]
    [InlineData("the government", "government")]
    public void Names_aliases_and_ids_find_the_pollster_in_any_case(string name, string id)
    {
        Assert.Equal(id, PollsterResolver.Resolve(fixture.Knowledge, name)?.Id);
    }

    [Theory]
    [InlineData("Gallup")]
    [InlineData("Gallup or CEDEM")]
    [InlineData("Russia")]
    [InlineData("Serbs")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("@everyone")]
    public void Anything_but_one_pollster_finds_none(string name)
    {
        Assert.Null(PollsterResolver.Resolve(fixture.Knowledge, name));
    }

    [Fact]
    public void A_huge_argument_is_not_a_name()
    {
        Assert.Null(PollsterResolver.Resolve(fixture.Knowledge, "CEDEM " + new string('x', 100_000)));
    }

    [Fact]
    public void Every_listed_pollster_name_resolves_back()
    {
        var names = PollsterResolver.ChartableNames(fixture.Knowledge);

        Assert.Contains("CEDEM", names);
        Assert.All(names, n => Assert.NotNull(PollsterResolver.Resolve(fixture.Knowledge, n)));
    }
}
