using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>A question and a source that inflect one word differently still meet; words derived with other endings do not.</summary>
[Collection(KnowledgeCollection.Name)]
public sealed class InflectionTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("travelling", "travelled")]
    [InlineData("allies", "allied")]
    public void A_word_the_sources_use_only_in_another_inflection_takes_their_form(string asked, string sources)
    {
        Assert.Equal(sources, fixture.Knowledge.Index.SourceForm(asked));
    }

    [Theory]
    [InlineData("useful")]
    [InlineData("hopeful")]
    public void A_word_whose_base_the_sources_lack_stays_as_asked(string asked)
    {
        Assert.Equal(asked, fixture.Knowledge.Index.SourceForm(asked));
    }

    [Theory]
    [InlineData("applied", "apply")]
    [InlineData("travelling", "travel")]
    [InlineData("declared", "declar")]
    [InlineData("declare", "declar")]
    [InlineData("polls", "poll")]
    [InlineData("government", "government")]
    public void Inflections_share_a_base_and_derivations_keep_their_own(string word, string expected)
    {
        Assert.Equal(expected, Inflection.BaseOf(word));
    }

    [Fact]
    public void A_question_in_another_inflection_of_the_sources_words_is_answered()
    {
        var answer = fixture.Engine.Ask("For how long had the DPS been governing by the 2016 election?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("1991", answer.Text, StringComparison.Ordinal);
    }
}
