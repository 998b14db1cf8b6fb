using Montenegro.Bot.Knowledge.Extraction;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// The date a turn left the conversation at, for a follow-up that moves in time from it ("two days later", "that same
/// month"): the one date its question named ("on 29 May 2014", "in 2022"), else the one month its answer's text dates (two
/// passages quoted, each "in May 2014"), else the date its answer gave. None when the turn was declined or its dates disagree.
/// </summary>
internal static class TurnDate
{
    /// <summary>The turn's date; null when it has none or several.</summary>
    /// <param name="turn">The earlier turn.</param>
    /// <param name="askedFirst">
    /// Whether a date its question named comes before the one its answer gave, and an answer whose text dates several months
    /// ("five expelled in March/April 2022, then six in September") leaves the conversation at no one date of them.
    /// </param>
    public static FactDate? Of(ConversationTurn turn, bool askedFirst = true)
    {
        if (turn.AnswerText is not { } told)
        {
            return null;
        }

        var given = turn.AnswerIso is { } iso && FactDate.FromIso(iso, iso) is { Year: not null } g ? g : null;
        if (!askedFirst)
        {
            return given?.Month is not null ? given : Single(told, yearAlone: false);
        }

        // "What happened with Russian diplomats in 2022?": the year asked is the conversation's date.
        if (Single(turn.Question, yearAlone: true) is { } asked)
        {
            return asked;
        }

        var dates = Dates(told);
        return dates.Count == 0 ? given : Single(told, yearAlone: false);
    }

    /// <summary>The date the turn's answer gave, however many its text writes; null when it gave none.</summary>
    public static FactDate? Given(ConversationTurn turn)
    {
        if (turn.AnswerText is null)
        {
            return null;
        }

        // An event's own date is given bare ("Date: 2008-04-03"), with no ISO form after it.
        var given = turn.AnswerIso is { } iso ? FactDate.FromIso(iso, iso) : turn.AnswerDate is { } written ? FactDate.Parse(written) : null;
        return given is { Year: not null } ? given : null;
    }

    // The dates a text writes with their year. Years a name only carries ("the 2014 NATO summit") date no event of it.
    private static List<FactDate> Dates(string text) =>
        DateRecognizer.Find(text).Where(m => !m.IsModifier && m.Date.Year is not null).Select(m => m.Date).ToList();

    // The one date a text writes, to its month at least unless a year alone will do; null for none or several different ones.
    private static FactDate? Single(string text, bool yearAlone)
    {
        var dates = Dates(text);
        var months = dates.Select(d => (d.Year, d.Month)).Distinct().ToList();
        if (months.Count != 1 || (months[0].Month is null && !yearAlone))
        {
            return null;
        }

        var days = dates.Select(d => d.Day).Distinct().ToList();
        return days.Count == 1 ? dates[0] : dates[0] with { Day = null };
    }
}
