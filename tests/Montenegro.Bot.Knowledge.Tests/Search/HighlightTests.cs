using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Search;
using Montenegro.Bot.Knowledge.Tests.Sources;

namespace Montenegro.Bot.Knowledge.Tests.Search;

/// <summary>Answers that quote passages say which words matched the question, as offsets into the quoted text.</summary>
[Collection(KnowledgeCollection.Name)]
public sealed class HighlightTests(KnowledgeFixture fixture)
{
    private const string CoupQuestion = "who tried to overthrow the government in 2016";

    [Fact]
    public void Excerpt_answer_about_the_coup_marks_the_matched_words_in_the_quoted_text()
    {
        var answer = fixture.Engine.Ask("What happened to tensions between the countries after the coup?");

        Assert.Equal(AnswerKind.Excerpts, answer.Kind);
        var source = answer.Sources[0];
        Assert.DoesNotContain("**", source.Excerpt, StringComparison.Ordinal);
        var marked = source.Highlights.Select(h => source.Excerpt.Substring(h.Start, h.Length).ToLowerInvariant()).ToList();
        Assert.Contains("coup", marked);
        Assert.Contains("tensions", marked);

        // The answer quotes the excerpt, and its own spans mark the same words in it.
        var inText = answer.TextHighlights.Select(h => answer.Text.Substring(h.Start, h.Length).ToLowerInvariant()).ToList();
        Assert.Contains("coup", inText);
        Assert.Contains("tensions", inText);
    }

    [Fact]
    public void The_coup_passage_marks_what_the_overthrow_question_shares_with_it()
    {
        var passage = fixture.Knowledge.Passages.First(p => p.Text.Contains("coup d'état on 16 October 2016", StringComparison.Ordinal));
        var highlighter = new PassageHighlighter(fixture.Knowledge.Analyzer);

        var spans = highlighter.Spans(passage.Text, fixture.Knowledge.Analyzer.Terms(CoupQuestion));

        var marked = spans.Select(h => passage.Text.Substring(h.Start, h.Length)).ToList();
        Assert.Contains("government", marked);
        Assert.Contains("2016", marked);
        Assert.DoesNotContain("coup", marked);
    }

    [Theory]
    [InlineData(CoupQuestion)]
    [InlineData("When did Montenegro join NATO?")]
    [InlineData("What did the most recent poll on NATO membership show?")]
    [InlineData("Which UN member states does Montenegro not have diplomatic relations with?")]
    [InlineData("Do supporters of European integration back NATO?")]
    [InlineData("What was expected in the further assessment of Montenegro's progress?")]
    public void Every_highlight_is_a_word_of_the_question_inside_the_shown_text(string text)
    {
        var answer = fixture.Engine.Ask(text);
        // The question as asked, and as read: everyday words read as the sources' ("overthrow" as "coup") are marked as those.
        var asked = fixture.Knowledge.Analyzer.Terms(text)
            .Concat(fixture.Knowledge.Analyzer.Terms(fixture.Knowledge.Normalizer.Normalize(text).English))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var source in answer.Sources)
        {
            AssertSpansAreQuestionWords(source.Excerpt, source.Highlights, asked);
        }

        AssertSpansAreQuestionWords(answer.Text, answer.TextHighlights, asked);
    }

    [Fact]
    public void Highlights_of_a_shortened_excerpt_mark_the_same_words_in_the_text_that_is_shown()
    {
        // One sentence far longer than an excerpt may be, with the asked word before and after the cut.
        var sentence = "Iceland and Montenegro signed " + string.Join(' ', Enumerable.Range(0, 120).Select(i => i % 10 == 0 ? "glaciers" : "treaties")) + " in 2009.";
        using var data = new DataFolder();
        data.List("iceland", "iceland.md", "Iceland and Montenegro (note)");
        data.Write("iceland.md", "# Iceland and Montenegro\n\n" + sentence + "\n");
        using var knowledge = KnowledgeBaseLoader.Load(data.Path);

        var answer = new AnswerEngine(knowledge).Search("glacier Iceland");

        var source = Assert.Single(answer.Sources, s => s.Id.StartsWith("iceland/", StringComparison.Ordinal));
        Assert.EndsWith("…", source.Excerpt, StringComparison.Ordinal);
        Assert.True(source.Excerpt.Length < sentence.Length);
        var marked = source.Highlights.Select(h => source.Excerpt.Substring(h.Start, h.Length)).ToList();
        Assert.Equal(source.Excerpt[..^1].Split(' ').Count(w => w == "glaciers") + 1, marked.Count);
        Assert.All(marked, w => Assert.True(w is "Iceland" or "glaciers", w));
    }

    public static TheoryData<string> HostileQuestions() => new()
    {
        "title:(nato AND \"join\"~2) OR *:* [a TO z] {x TO y} \\ ^3 coup~ nat?o",
        new string('x', 100_000) + " coup 2016",
        string.Concat(Enumerable.Repeat("coup government 2016 tensions ", 3_500)),
        "🇲🇪🔥 coup 💥 2016 👀",
        "Ко је покушао државни удар 2016?",
        "Ko je pokušao državni udar 2016?",
        "@everyone **coup** __2016__ `tensions` ||spoiler|| <@123>",
        "\u0000\u200B\uFFFF\uD800 coup",
    };

    [Theory]
    [MemberData(nameof(HostileQuestions))]
    public void Hostile_questions_get_an_answer_with_valid_highlights_and_never_an_exception(string text)
    {
        var answer = fixture.Engine.Ask(text);

        Assert.NotNull(answer);
        foreach (var source in answer.Sources)
        {
            Assert.All(source.Highlights, h => Assert.InRange(h.End, h.Start + 1, source.Excerpt.Length));
        }

        Assert.All(answer.TextHighlights, h => Assert.InRange(h.End, h.Start + 1, answer.Text.Length));
    }

    [Theory]
    [MemberData(nameof(HostileQuestions))]
    public void The_highlighter_gives_spans_or_none_for_hostile_terms_and_never_throws(string text)
    {
        var highlighter = new PassageHighlighter(fixture.Knowledge.Analyzer);
        var passage = fixture.Knowledge.Passages.First(p => p.Text.Contains("coup", StringComparison.Ordinal));
        var raw = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var spans = highlighter.Spans(passage.Text, raw);
        var overHostileText = highlighter.Spans(text, fixture.Knowledge.Analyzer.Terms("coup government 2016"));

        Assert.All(spans, h => Assert.InRange(h.End, h.Start + 1, passage.Text.Length));
        Assert.All(overHostileText, h => Assert.InRange(h.End, h.Start + 1, text.Length));
    }

    private void AssertSpansAreQuestionWords(string text, IReadOnlyList<HighlightSpan> spans, IReadOnlySet<string> asked)
    {
        var end = 0;
        foreach (var span in spans)
        {
            Assert.True(span.Start >= end, "spans are in order and do not overlap");
            Assert.InRange(span.End, span.Start + 1, text.Length);
            var terms = fixture.Knowledge.Analyzer.Terms(text.Substring(span.Start, span.Length));
            Assert.Contains(terms, asked.Contains);
            end = span.End;
        }
    }
}
