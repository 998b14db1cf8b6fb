using System.Globalization;
using System.Text;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// Writes an answer to a Montenegrin question in Montenegrin, in the question's script: the structured
/// part (dates, figures, who recognised whom) is said in Montenegrin ("11. jun 2006."); quoted
/// excerpts stay in the sources' English, with a one-line note saying so.
/// </summary>
internal sealed class MontenegrinLocalizer(KnowledgeBase knowledge)
{
    private const string EnglishNote = "(Moji izvori su na engleskom, pa su navodi iz njih na engleskom.)";

    private readonly Lexicon _lexicon = knowledge.Lexicon;

    public Answer Localize(Answer answer, Script script)
    {
        var local = answer.Intent switch
        {
            "smalltalk" => answer with
            {
                Title = "Zdravo",
                Text = "Zdravo! Odgovaram na pitanja o spoljnoj politici Crne Gore: priznanje nezavisnosti, članstvo u NATO-u, ankete i odnosi s drugim državama. Pitajte, na primjer: \"Kada je Rusija priznala Crnu Goru?\"",
            },
            "farewell" => answer with
            {
                Title = "Doviđenja",
                Text = "Doviđenja! Navratite kad god imate pitanje o spoljnoj politici Crne Gore.",
            },
            "help" => answer with
            {
                Title = "Na šta mogu da odgovorim",
                Text = "Odgovaram iz svojih izvora na pitanja o tome ko je i kada priznao nezavisnost Crne Gore, o njenom putu u NATO (pristupila 5. jun 2017.), o anketama o članstvu u NATO-u, o odnosima s Rusijom, Kinom, SAD i Kanadom i o glasanju o NATO misiji za Ukrajinu.",
            },
            _ when !answer.Answered => answer with
            {
                Title = "Nije u mojim izvorima",
                Text = "Moji izvori to ne pokrivaju. Odgovaram na pitanja o spoljnoj politici Crne Gore: ko je priznao njenu nezavisnost, put u NATO, ankete o članstvu, odnosi s Rusijom, Kinom, SAD i Kanadom i učešće u NATO misiji za Ukrajinu."
                    + (answer.Text.Length > 0 ? "\n\n" + EnglishNote + "\n" + answer.Text : string.Empty),
            },
            _ => answer with { Text = Lead(answer) + "\n\n" + EnglishNote + "\n" + answer.Text },
        };

        if (script != Script.Cyrillic)
        {
            return local;
        }

        // Only what the bot itself wrote in Montenegrin changes script; the English quotes stay as they are.
        var split = local.Text.IndexOf(EnglishNote, StringComparison.Ordinal);
        var end = split < 0 ? local.Text.Length : split + EnglishNote.Length;
        var text = Transliteration.ToCyrillic(local.Text[..end]) + local.Text[end..];
        return local with { Title = Transliteration.ToCyrillic(local.Title), Text = text };
    }

    private string Lead(Answer answer)
    {
        var lines = new List<string>();
        foreach (var fact in answer.Facts.Take(8))
        {
            if (Sentence(fact) is { } line)
            {
                lines.Add(answer.Facts.Count > 1 ? "• " + line : line);
            }
        }

        if (lines.Count == 0)
        {
            lines.Add("Evo šta kažu moji izvori:");
        }

        return string.Join("\n", lines);
    }

    private string? Sentence(Fact fact)
    {
        var date = fact.Date is { } d ? FormatDate(d) : null;
        var subject = fact.EntityIds.Select(id => _lexicon.LocalName(id) ?? knowledge.EntitiesById.GetValueOrDefault(id)?.Name).FirstOrDefault(n => n is not null);
        if (fact.Poll is { } poll)
        {
            var sb = new StringBuilder("Anketa");
            if (poll.PollsterId is { } p && knowledge.EntitiesById.TryGetValue(p, out var pollster))
            {
                sb.Append(' ').Append(pollster.Name);
            }

            if (date is not null)
            {
                sb.Append(" (").Append(date).Append(')');
            }

            sb.Append(':');
            if (poll.For is not null)
            {
                sb.Append(" za ").Append(poll.For).Append('%');
            }

            if (poll.Against is not null)
            {
                sb.Append(poll.For is null ? " protiv " : ", protiv ").Append(poll.Against).Append('%');
            }

            return sb.Append('.').ToString();
        }

        return (fact.Topic, subject, date) switch
        {
            ("recognition", { } who, { } when) => $"{who} {Recognised(who)} Crnu Goru {when}",
            ("relations", { } who, { } when) => $"Odnosi s državom {who}: {when}",
            (_, _, { } when) => $"Datum: {when}",
            _ => null,
        };
    }

    // The verb agrees with the state's name, whose last word's ending tells its gender and number: "Rusija je priznala",
    // "Ujedinjeno Kraljevstvo je priznalo", "Izrael je priznao", "Sjedinjene Američke Države su priznale".
    private static string Recognised(string state) => state.TrimEnd().ToLowerInvariant()[^1..] switch
    {
        "a" => "je priznala",
        "o" => "je priznalo",
        "e" => "su priznale",
        "i" => "su priznali",
        _ => "je priznao",
    };

    /// <summary>A date the Montenegrin way: "11. jun 2006.", "jun 2006.", "2006."</summary>
    public string FormatDate(FactDate date) => (date.Year, date.Month, date.Day) switch
    {
        ({ } y, { } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{d}. {_lexicon.MonthName(m)} {y}."),
        ({ } y, { } m, null) => string.Create(CultureInfo.InvariantCulture, $"{_lexicon.MonthName(m)} {y}."),
        ({ } y, null, _) => string.Create(CultureInfo.InvariantCulture, $"{y}."),
        _ => date.Text,
    };
}
