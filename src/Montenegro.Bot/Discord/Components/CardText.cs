using Montenegro.Bot.Commands;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Discord.Components;

/// <summary>
/// What an answer's card says around the answer itself (buttons, footer, field names), in English and in Montenegrin, and
/// which of the two a card is in: the language its answer is written in.
/// </summary>
public static class CardText
{
    /// <summary>The Sources button.</summary>
    public static readonly LocalizedText Sources = new("Sources", "Izvori");

    /// <summary>The Chart button.</summary>
    public static readonly LocalizedText Chart = new("Chart", "Grafikon");

    /// <summary>The Helpful button.</summary>
    public static readonly LocalizedText Helpful = new("Helpful", "Korisno");

    /// <summary>The Not helpful button.</summary>
    public static readonly LocalizedText NotHelpful = new("Not helpful", "Nije korisno");

    /// <summary>The Back button, before its page count.</summary>
    public static readonly LocalizedText Back = new("◂ Back", "◂ Nazad");

    /// <summary>The More button, before its page count.</summary>
    public static readonly LocalizedText More = new("More ▸", "Još ▸");

    /// <summary>The nearest-topics menu's placeholder.</summary>
    public static readonly LocalizedText TopicsPlaceholder = new("Ask about one of the nearest topics instead", "Pitajte radije o nekoj od najbližih tema");

    /// <summary>The embed field listing a decline's nearest topics.</summary>
    public static readonly LocalizedText NearestTopics = new("Nearest topics I can answer", "Najbliže teme na koje mogu da odgovorim");

    /// <summary>The embed field of one cited passage.</summary>
    public static readonly LocalizedText Source = new("Source", "Izvor");

    /// <summary>The footer's page, before its number.</summary>
    public static readonly LocalizedText Page = new("Page", "Strana");

    /// <summary>The footer of an answer.</summary>
    public static readonly LocalizedText Answered = new("Answered from cited sources · /sources", "Odgovor iz navedenih izvora · /sources");

    /// <summary>The footer of a decline.</summary>
    public static readonly LocalizedText NotAnswered = new("Not in my sources · /help", "Nije u mojim izvorima · /help");

    /// <summary>The footer's invitation to reply.</summary>
    public static readonly LocalizedText ReplyToFollowUp = new("reply to follow up", "odgovorite na poruku za dodatno pitanje");

    /// <summary>The chart's description (its alternative text).</summary>
    public static readonly LocalizedText ChartDescription = new("Support for NATO membership in the opinion polls", "Podrška članstvu u NATO-u u anketama");

    /// <summary>The language <paramref name="answer"/> is written in when nothing else says: its question's.</summary>
    public static CommandLanguage LanguageOf(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Turn?.Frame.Language == QuestionLanguage.Montenegrin ? CommandLanguage.Montenegrin : CommandLanguage.English;
    }
}
