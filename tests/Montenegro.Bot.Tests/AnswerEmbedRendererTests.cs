using Montenegro.Bot.Discord;

namespace Montenegro.Bot.Tests;

[Collection(EngineCollection.Name)]
public sealed class AnswerEmbedRendererTests(EngineFixture fixture)
{
    [Fact]
    public void Embed_carries_answer_fields_and_linked_sources_with_bold_excerpts()
    {
        var embed = AnswerEmbedRenderer.Render(fixture.Engine.Ask("When was Montenegro granted a Membership Action Plan?"));

        Assert.Contains("Membership Action Plan", embed.Title, StringComparison.Ordinal);
        Assert.Contains("December 2009", embed.Description, StringComparison.Ordinal);
        Assert.Contains(embed.Fields, f => f.Name == "Date" && f.Inline);
        var source = embed.Fields.First(f => f.Name == "Source");
        Assert.Contains("](https://en.wikipedia.org/", source.Value, StringComparison.Ordinal);
        Assert.Contains("**", source.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Declines_and_answers_have_different_colours_and_declines_offer_topics()
    {
        var declined = fixture.Engine.Ask("What is the capital of France?");
        var answered = fixture.Engine.Ask("When did Russia recognise Montenegro?");
        var embed = AnswerEmbedRenderer.Render(declined);
        Assert.NotEqual(AnswerEmbedRenderer.ColorOf(answered), embed.Color);
        Assert.Contains(embed.Fields, f => f.Name.StartsWith("Nearest topics", StringComparison.Ordinal));
    }
}
