using System.Text;
using Montenegro.Bot.Discord.Components;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Discord;

/// <summary>
/// Renders the engine's answer as a Discord embed: the answer as description, its fields, and the
/// cited passages with links and bold-marked excerpts. The Discord layer enforces Discord's length
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
    public static Embed Render(Answer answer) => Render(answer, page: null);

    /// <summary>
    /// The embed for page <paramref name="page"/> (0-based, clamped) of <paramref name="answer"/>: a long answer shows a
    /// few lines at a time (see <see cref="AnswerPages"/>), turned by the buttons of
    /// <see cref="AnswerComponents.For(Answer, int, bool)"/> for the same page.
    /// </summary>
    public static Embed Render(Answer answer, int page) => Render(answer, (int?)page);

    private static Embed Render(Answer answer, int? page)
    {
        ArgumentNullException.ThrowIfNull(answer);
        IReadOnlyList<string> pages = page is null ? [answer.Text] : AnswerPages.Of(answer.Text);
        var shown = Math.Clamp(page ?? 0, 0, pages.Count - 1);
        var fields = answer.Fields.Select(f => new EmbedField(f.Name, f.Value, Inline: true)).ToList();
        if (answer.Suggestions.Count > 0)
        {
            fields.Add(new EmbedField("Nearest topics I can answer", string.Join("\n", answer.Suggestions.Select(s => "• " + s))));
        }

        foreach (var source in answer.Sources.Take(MaxSourcesShown))
        {
            var value = new StringBuilder();
            value.Append(source.Url is null ? source.Title : $"[{source.Title}]({source.Url})").Append(" · `").Append(source.Id).Append('`');
            if (source.Excerpt.Length > 0)
            {
                value.Append("\n> ").Append(Shorten(source.Excerpt));
            }

            fields.Add(new EmbedField("Source", value.ToString()));
        }

        return new Embed
        {
            Title = answer.Title,
            Description = pages[shown],
            Color = ColorOf(answer),
            Fields = fields,
            Footer = new EmbedFooter(AnswerFooter.Text(answer, shown, pages.Count)),
        };
    }

    private static string Shorten(string excerpt)
    {
        if (excerpt.Length <= ExcerptLength)
        {
            return excerpt;
        }

        var cut = excerpt.LastIndexOf(' ', ExcerptLength - 1);
        var shortened = excerpt[..(cut > 0 ? cut : ExcerptLength)];
        var marks = shortened.Split("**").Length - 1;
        return shortened + (marks % 2 == 1 ? "**" : string.Empty) + "…";
    }
}
