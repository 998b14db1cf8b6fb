using System.Text.Json;
using Montenegro.Bot.Discord;
using Montenegro.Bot.Discord.Testing;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Search;
using Montenegro.Bot.Rendering;

namespace Montenegro.Bot.Tests;

/// <summary>Each renderer shows the words of quoted text that matched the question its own way.</summary>
[Collection(EngineCollection.Name)]
public sealed class HighlightRenderingTests(EngineFixture fixture)
{
    private const string ExcerptQuestion = "What happened to tensions between the countries after the coup?";

    [Fact]
    public async Task Ask_json_gives_highlight_offsets_that_index_the_matched_words()
    {
        var (exit, output, _) = await BotProcess.RunAsync(null, "ask", "--json", ExcerptQuestion);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        var root = json.RootElement;
        Assert.Equal("search", root.GetProperty("intent").GetString());
        var source = root.GetProperty("sources")[0];
        var excerpt = source.GetProperty("excerpt").GetString()!;
        var inExcerpt = Words(excerpt, source.GetProperty("highlights"));
        Assert.Contains("coup", inExcerpt);
        Assert.Contains("Tensions", inExcerpt);
        var inAnswer = Words(root.GetProperty("answer").GetString()!, root.GetProperty("highlights"));
        Assert.Contains("coup", inAnswer);
    }

    [Fact]
    public void Ask_json_keeps_its_fields_and_gives_an_empty_list_when_nothing_is_highlighted()
    {
        var declined = fixture.Engine.Ask("What is the capital of France?");

        using var json = JsonDocument.Parse(AnswerJsonWriter.Write("What is the capital of France?", declined));
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["question", "answered", "intent", "answer", "highlights", "sources"], names);
        Assert.Equal(0, json.RootElement.GetProperty("highlights").GetArrayLength());
    }

    [Fact]
    public void Discord_embed_bolds_the_matched_words_of_the_excerpt_and_of_the_quoted_answer()
    {
        var embed = AnswerEmbedRenderer.Render(fixture.Engine.Ask(ExcerptQuestion));

        var source = embed.Fields.First(f => f.Name == "Source");
        Assert.Contains("**coup**", source.Value, StringComparison.Ordinal);
        Assert.Contains("**Tensions between**", source.Value, StringComparison.Ordinal);
        Assert.Contains("**coup**", embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Discord_excerpt_escapes_markdown_in_the_quoted_text_so_only_the_highlights_are_bold()
    {
        const string text = "a *star* _under_ [link](https://x.y) `code` ||spoiler|| <@123> ~~gone~~ # coup\n> quote";
        var coup = text.IndexOf("coup", StringComparison.Ordinal);
        var source = new AnswerSource("p/1", "Title", null, text) { Highlights = [new HighlightSpan(coup, 4)] };

        var markdown = AnswerEmbedRenderer.ExcerptMarkdown(source, 500);

        Assert.Contains("**coup**", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\*star\*", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\_under\_", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\[link\]", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\`code\`", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\|\|spoiler\|\|", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\<@123\>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', markdown);
        Assert.Equal(2, markdown.Split("**").Length - 1);
    }

    [Fact]
    public void Discord_excerpt_cut_to_length_keeps_bold_runs_closed_and_on_the_right_words()
    {
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"word{i}"));
        var spans = Enumerable.Range(0, 100).Where(i => i % 10 == 0)
            .Select(i => new HighlightSpan(text.IndexOf($"word{i} ", StringComparison.Ordinal) is var at and >= 0 ? at : text.LastIndexOf($"word{i}", StringComparison.Ordinal), $"word{i}".Length))
            .Append(new HighlightSpan(text.Length - 3, 50))
            .ToList();
        var source = new AnswerSource("p/1", "Title", null, text) { Highlights = spans };

        var markdown = AnswerEmbedRenderer.ExcerptMarkdown(source, 120);

        Assert.EndsWith("…", markdown, StringComparison.Ordinal);
        Assert.True((markdown.Split("**").Length - 1) % 2 == 0);
        Assert.Contains("**word0**", markdown, StringComparison.Ordinal);
        Assert.Contains("**word10**", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("**word1**", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Console_marks_matched_words_bold_at_a_terminal_and_leaves_redirected_output_plain()
    {
        var answer = fixture.Engine.Ask(ExcerptQuestion);

        var terminal = ConsoleAnswerRenderer.Render(answer, ansi: true);
        var redirected = ConsoleAnswerRenderer.Render(answer, ansi: false);

        Assert.Contains("\u001b[1mcoup\u001b[22m", terminal, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', redirected);
        Assert.DoesNotContain("**", redirected, StringComparison.Ordinal);
        Assert.Contains("coup", redirected, StringComparison.Ordinal);
    }

    [Fact]
    public void Renderers_ignore_spans_that_do_not_fit_the_text()
    {
        var source = new AnswerSource("p/1", "Title", null, "short") { Highlights = [new HighlightSpan(3, 40), new HighlightSpan(-2, 1), new HighlightSpan(0, 2)] };
        var answer = new Answer(true, "search", "From my sources", "short", [], [source], []) { TextHighlights = [new HighlightSpan(10, 2)] };

        var markdown = AnswerEmbedRenderer.ExcerptMarkdown(source, 300);
        var terminal = ConsoleAnswerRenderer.Render(answer, ansi: true);
        var embed = AnswerEmbedRenderer.Render(answer);

        Assert.Equal("**sh**ort", markdown);
        Assert.Contains("\u001b[1msh\u001b[22mort", terminal, StringComparison.Ordinal);
        Assert.Equal("short", embed.Description);
    }

    [Theory]
    [InlineData("title:(nato AND \"join\"~2) OR *:* [a TO z] coup~ nat?o")]
    [InlineData("🇲🇪🔥 tensions 💥 coup 👀")]
    [InlineData("Ко је покушао државни удар 2016?")]
    [InlineData("@everyone **tensions** between the countries __after__ the `coup` ||x|| <@123>")]
    public void Hostile_questions_render_everywhere_without_an_exception(string text)
    {
        var answer = fixture.Engine.Ask(text);

        using var json = JsonDocument.Parse(AnswerJsonWriter.Write(text, answer));
        var embed = AnswerEmbedRenderer.Render(answer);
        var terminal = ConsoleAnswerRenderer.Render(answer, ansi: true);

        Assert.Equal(text, json.RootElement.GetProperty("question").GetString());
        Assert.False(string.IsNullOrEmpty(embed.Description));
        Assert.False(string.IsNullOrWhiteSpace(terminal));
    }

    [Fact]
    public void A_long_hostile_question_renders_everywhere_without_an_exception()
    {
        var text = new string('x', 100_000) + " tensions between the countries after the coup";
        Hostile_questions_render_everywhere_without_an_exception(text);
    }

    private static List<string> Words(string text, JsonElement highlights) =>
        highlights.EnumerateArray().Select(h => text.Substring(h.GetProperty("start").GetInt32(), h.GetProperty("length").GetInt32())).ToList();
}
