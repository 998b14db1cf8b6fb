using System.Text;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord.Components;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Rendering;

namespace Montenegro.Bot.Discord;

/// <summary>
/// Renders the engine's answer as a Discord embed: the answer as description, its fields, and the
/// cited passages with links and excerpts. Quoted text (excerpts, and an answer that quotes them) is escaped for
/// Markdown, with the words that matched the question in bold (the answer's highlight spans). The Discord layer enforces Discord's length
/// limits on whatever this produces. The footer carries the answer's question (see <see cref="AnswerFooter"/>), so a
/// reply to the answer or a click on its buttons is understood by any replica.
/// </summary>
public static class AnswerEmbedRenderer
{
    private const int MaxSourcesShown = 3;
    private const int ExcerptLength = 300;

    /// <summary>The embed colour for an answer of this intent: one colour per kind of answer.</summary>
    public static int ColorOf(Answer answer) => !answer.Answered
        ? 0x99AAB5
        : answer.Intent switch
        {
            "recognition" or "independence" or "membership" => 0x3BA55D,
            "nato" or "ratification" => 0x1F4E9C,
            "poll" => 0xF0B232,
            "relations" or "no-relations" => 0x9B59B6,
            "ukraine" => 0x0057B7,
            _ => 0x5865F2,
        };

    /// <summary>The embed for <paramref name="answer"/>, its whole text on one card.</summary>
    public static Embed Render(Answer answer) => Render(answer, page: null, language: null);

    /// <summary>
    /// The embed for page <paramref name="page"/> (0-based, clamped) of <paramref name="answer"/>: a long answer shows a
    /// few lines at a time (see <see cref="AnswerPages"/>), turned by the buttons of
    /// <see cref="AnswerComponents.For(Answer, int, bool, CommandLanguage?)"/> for the same page. What the card says around
    /// the answer is in <paramref name="language"/> (by default the answer's own).
    /// </summary>
    public static Embed Render(Answer answer, int page, CommandLanguage? language = null) => Render(answer, (int?)page, language);

    private static Embed Render(Answer answer, int? page, CommandLanguage? language)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var shownLanguage = language ?? CardText.LanguageOf(answer);
        IReadOnlyList<string> pages = page is null ? [answer.Text] : AnswerPages.Of(answer.Text);
        var shown = Math.Clamp(page ?? 0, 0, pages.Count - 1);
        var description = Description(answer, pages, shown);
        var fields = answer.Fields.Select(f => new EmbedField(f.Name, f.Value, Inline: true)).ToList();
        if (answer.Suggestions.Count > 0)
        {
            fields.Add(new EmbedField(CardText.NearestTopics.In(shownLanguage), string.Join("\n", answer.Suggestions.Select(s => "• " + s))));
        }

        foreach (var source in answer.Sources.Take(MaxSourcesShown))
        {
            var value = new StringBuilder();
            value.Append(source.Url is null ? source.Title : $"[{source.Title}]({source.Url})").Append(" · `").Append(source.Id).Append('`');
            if (source.Excerpt.Length > 0)
            {
                value.Append("\n> ").Append(ExcerptMarkdown(source, ExcerptLength));
            }

            fields.Add(new EmbedField(CardText.Source.In(shownLanguage), value.ToString()));
        }

        return new Embed
        {
            Title = answer.Title,
            Description = description,
            Color = ColorOf(answer),
            Fields = fields,
            Footer = new EmbedFooter(AnswerFooter.Text(answer, shown, pages.Count, shownLanguage)),
        };
    }

    /// <summary>
    /// The excerpt of <paramref name="source"/> as Discord Markdown: escaped, its highlights bold, and cut at a word to at
    /// most <paramref name="maxLength"/> characters of text (an ellipsis marks the cut; the spans are cut with it).
    /// </summary>
    public static string ExcerptMarkdown(AnswerSource source, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(source);
        var excerpt = source.Excerpt;
        if (excerpt.Length <= maxLength)
        {
            return DiscordMarkdown.Bold(excerpt, source.Highlights);
        }

        var cut = excerpt.LastIndexOf(' ', Math.Max(maxLength - 1, 0));
        var shortened = excerpt[..(cut > 0 ? cut : maxLength)];
        return DiscordMarkdown.Bold(shortened, HighlightedText.Within(source.Highlights, 0, shortened.Length)) + "…";
    }

    /// <summary>
    /// The page shown, as written: an answer that quotes passages is escaped with its matches bold (the page's own part of
    /// the spans); any other answer is the engine's text as it is.
    /// </summary>
    private static string Description(Answer answer, IReadOnlyList<string> pages, int shown)
    {
        var highlights = answer.TextHighlights;
        if (highlights.Count == 0)
        {
            return pages[shown];
        }

        // Pages are cut between lines, in order, and trimmed: each is found in the text after the one before it.
        var start = 0;
        for (var i = 0; i <= shown; i++)
        {
            var at = answer.Text.IndexOf(pages[i], start, StringComparison.Ordinal);
            if (at < 0)
            {
                return pages[shown];
            }

            start = i == shown ? at : at + pages[i].Length;
        }

        return DiscordMarkdown.Bold(pages[shown], HighlightedText.Within(highlights, start, pages[shown].Length));
    }
}
