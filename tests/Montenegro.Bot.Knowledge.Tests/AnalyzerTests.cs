using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Tests;

public sealed class AnalyzerTests
{
    private static readonly KnowledgeAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Đukanović", "Dukanovic")]
    [InlineData("São Tomé", "Sao Tome")]
    [InlineData("Mandić", "Mandic")]
    [InlineData("Montenegro's", "Montenegro")]
    [InlineData("UK", "United Kingdom")]
    [InlineData("Britain", "United Kingdom")]
    [InlineData("US", "United States of America")]
    [InlineData("USA", "America")]
    [InlineData("PRC", "China")]
    [InlineData("EU", "European Union")]
    [InlineData("recognise", "recognition")]
    [InlineData("recognized", "recognised")]
    [InlineData("survey", "poll")]
    [InlineData("MAP", "Membership Action Plan")]
    [InlineData("PfP", "Partnership for Peace")]
    [InlineData("ratified", "ratification")]
    public void Equivalent_forms_analyze_to_the_same_terms(string a, string b)
    {
        Assert.Equal(Analyzer.Terms(b), Analyzer.Terms(a));
    }

    [Fact]
    public void Lower_case_us_is_the_pronoun_not_the_country()
    {
        Assert.NotEqual(Analyzer.Terms("US"), Analyzer.Terms("us"));
        Assert.NotEqual(Analyzer.Terms("MAP"), Analyzer.Terms("map"));
    }

    [Fact]
    public void Stop_words_are_dropped()
    {
        Assert.Equal(["capital", "france"], Analyzer.Terms("the capital of France"));
    }
}
