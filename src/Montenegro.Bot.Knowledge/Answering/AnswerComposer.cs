using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>Builds answers from facts and passages: statements, fields and cited sources with excerpts.</summary>
internal sealed class AnswerComposer(KnowledgeBase knowledge, ExcerptSelector excerpts)
{
    private readonly PassageHighlighter _highlighter = new(knowledge.Analyzer);

    public KnowledgeBase Knowledge => knowledge;

    /// <summary>
    /// Passage <paramref name="passageId"/> cited for <paramref name="question"/>: its best excerpt as plain text, with the
    /// words that matched the question as highlight spans. The spans are found in the final (already shortened) excerpt,
    /// so they index exactly the text a reader is shown.
    /// </summary>
    public AnswerSource Source(string passageId, Question question)
    {
        var passage = knowledge.PassagesById[passageId];
        return Source(passageId, question, excerpts.Select(passage.Id, passage.Text, question.ContentTermSet).Excerpt);
    }

    /// <summary>The source of passage <paramref name="passageId"/> quoting <paramref name="excerpt"/>, chosen by the caller, with the question's words highlighted.</summary>
    public AnswerSource Source(string passageId, Question question, string excerpt)
    {
        var passage = knowledge.PassagesById[passageId];
        var source = knowledge.SourcesById[passage.SourceId];
        var title = passage.Section is null ? source.Title : $"{source.Title} › {passage.Section}";
        return new AnswerSource(passage.Id, title, source.Url, excerpt) { Highlights = _highlighter.Spans(excerpt, question.ContentTerms) };
    }

    public IReadOnlyList<AnswerSource> Sources(IEnumerable<Fact> facts, Question question) =>
        facts.Select(f => f.PassageId).Distinct(StringComparer.Ordinal).Take(6).Select(id => Source(id, question)).ToList();

    public Answer FromFacts(string intent, string title, IReadOnlyList<Fact> facts, Question question, string? lead = null, IReadOnlyList<AnswerField>? fields = null)
    {
        string text;
        if (facts.Count == 1)
        {
            text = lead is null ? facts[0].Statement : $"{lead} {facts[0].Statement}";
        }
        else
        {
            var bullets = string.Join("\n", facts.Select(f => $"• {f.Statement}"));
            text = lead is null ? bullets : $"{lead}\n{bullets}";
        }

        return new Answer(true, intent, title, text, fields ?? (facts.Count == 1 ? FieldsOf(facts[0]) : []), Sources(facts, question), []) { Facts = facts };
    }

    public static IReadOnlyList<AnswerField> FieldsOf(Fact fact)
    {
        var fields = new List<AnswerField>();
        if (fact.Date is { } date)
        {
            var iso = date.Iso;
            fields.Add(new AnswerField("Date", iso.Length == 0 || iso == date.Text ? date.Text : $"{date.Text} ({iso})"));
        }

        if (fact.Poll is { } poll)
        {
            if (poll.For is not null)
            {
                fields.Add(new AnswerField("For", poll.For + "%"));
            }

            if (poll.Against is not null)
            {
                fields.Add(new AnswerField("Against", poll.Against + "%"));
            }

            if (poll.Undecided is not null)
            {
                fields.Add(new AnswerField("Undecided", poll.Undecided + "%"));
            }

            if (poll.Lead is not null)
            {
                fields.Add(new AnswerField("Lead", poll.Lead));
            }

            fields.Add(new AnswerField("From", poll.FromTable ? "the opinion-poll table" : "the article's text"));
        }

        return fields;
    }

    public Answer Decline(string intent, string title, string text, Question question, IReadOnlyList<AnswerSource>? sources = null) =>
        new(false, intent, title, text, [], sources ?? [], Suggestions(question));

    /// <summary>The labels of the facts nearest to the question, offered when declining.</summary>
    public IReadOnlyList<string> Suggestions(Question question)
    {
        var hits = knowledge.Index.SearchFacts(question.ContentTerms, 3);
        var labels = hits.Select(h => knowledge.FactsById[h.Id].Label).Distinct().ToList();
        return labels.Count > 0
            ? labels
            : ["who recognised Montenegro's independence and when", "Montenegro's road into NATO", "opinion polls on NATO membership", "relations with Russia, China, the United States and Canada"];
    }
}
