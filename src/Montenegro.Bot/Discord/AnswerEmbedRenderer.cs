using System.Text;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Discord;

/// <summary>
/// Renders the engine's answer as a Discord embed: the answer as description, its fields, and the
/// cited passages with links and bold-marked excerpts. The Discord layer enforces Discord's length
/// limits on whatever this produces.
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

    /// <summary>The embed for <paramref name="answer"/>.</summary>
    public static Embed Render(Answer answer)
    {
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
            Description = answer.Text,
            Color = ColorOf(answer),
            Fields = fields,
            Footer = new EmbedFooter(answer.Answered ? "Answered from cited sources · /sources" : "Not in my sources · /help"),
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
