using System.Text;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The one answer to a question, neutral about how it is shown: Discord embeds, the console and JSON
/// all render this object.
/// </summary>
/// <param name="Answered">True when the sources answer the question; false for declines and errors.</param>
/// <param name="Intent">What kind of question it was taken for, e.g. "recognition", "poll", "search", "decline".</param>
/// <param name="Title">A short title.</param>
/// <param name="Text">The answer in plain text (no markdown).</param>
/// <param name="Fields">Named values that go with it.</param>
/// <param name="Sources">The passages it comes from, most relevant first.</param>
/// <param name="Suggestions">For declines: the nearest topics the bot can answer.</param>
public sealed record Answer(
    bool Answered,
    string Intent,
    string Title,
    string Text,
    IReadOnlyList<AnswerField> Fields,
    IReadOnlyList<AnswerSource> Sources,
    IReadOnlyList<string> Suggestions)
{
    /// <summary>What kind of answer it is; renderers branch on this, not on <see cref="Intent"/>.</summary>
    public AnswerKind Kind => (Answered, Intent) switch
    {
        (_, "error") => AnswerKind.Error,
        (false, _) => AnswerKind.Decline,
        (_, "smalltalk" or "farewell") => AnswerKind.SmallTalk,
        (_, "help") => AnswerKind.Help,
        (_, "sources") => AnswerKind.Sources,
        (_, "search") => AnswerKind.Excerpts,
        (_, "comparison" or "duration" or "multi") => AnswerKind.Computed,
        _ => AnswerKind.Fact,
    };

    /// <summary>The turn this answer adds to its conversation: pass <c>conversation.With(answer.Turn)</c> with the next question.</summary>
    public Frames.ConversationTurn? Turn { get; init; }

    /// <summary>
    /// Where <see cref="Text"/> quotes words that matched the question (for answers that quote passages), in order;
    /// each renderer marks them its own way. The sources' own excerpts carry theirs in <see cref="AnswerSource.Highlights"/>.
    /// </summary>
    public IReadOnlyList<Search.HighlightSpan> TextHighlights
    {
        get
        {
            // The spans index the text they were found in. The engine may later put words before it (a verdict, a date):
            // the spans move with the quoted text; any other change of the text drops them rather than mark wrong words.
            if (_highlighted is null || _textHighlights.Count == 0)
            {
                return [];
            }

            if (!Text.EndsWith(_highlighted, StringComparison.Ordinal))
            {
                return [];
            }

            var shift = Text.Length - _highlighted.Length;
            return shift == 0 ? _textHighlights : _textHighlights.Select(h => h with { Start = h.Start + shift }).ToList();
        }

        init
        {
            _textHighlights = value ?? [];
            _highlighted = Text;
        }
    }

    private readonly IReadOnlyList<Search.HighlightSpan> _textHighlights = [];
    private readonly string? _highlighted;

    /// <summary>The facts the answer states, as data (for renderers and translations); empty for excerpts.</summary>
    public IReadOnlyList<Facts.Fact> Facts { get; init; } = [];

    /// <summary>
    /// For a decline of a structured path that found nothing, or an overview that answers a broader question than the one
    /// asked: the engine tries the paths after it (passages) first and gives this answer only when none of them answers.
    /// </summary>
    internal bool IsTentative { get; init; }

    /// <summary>Everything a reader sees, as plain text: the text, the fields, the suggestions and the sources.</summary>
    public string ToPlainText()
    {
        var sb = new StringBuilder(Text);
        if (Fields.Count > 0)
        {
            sb.AppendLine();
            foreach (var field in Fields)
            {
                sb.AppendLine().Append(field.Name).Append(": ").Append(field.Value);
            }
        }

        if (Suggestions.Count > 0)
        {
            sb.AppendLine().AppendLine().Append("Nearest topics I can answer: ").Append(string.Join("; ", Suggestions)).Append('.');
        }

        if (Sources.Count > 0)
        {
            sb.AppendLine().AppendLine().Append(Sources.Count == 1 ? "Source: " : "Sources: ");
            sb.Append(string.Join("; ", Sources.Select(s => s.Url is null ? $"{s.Title} [{s.Id}]" : $"{s.Title} [{s.Id}] {s.Url}")));
        }

        return sb.ToString();
    }
}
