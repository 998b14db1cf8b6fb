using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "And the CEDEM one a few months before?", "how did support look four months later?" after an answer that gave one poll:
/// the poll on that side of the one just given, of the pollster the follow-up names (or of any), not the earliest or latest
/// of all. The follow-up becomes "what did the CEDEM poll before the CISR/IRI poll of 6–12 October 2017 show?", which the
/// poll answer takes as the nearest such poll.
/// </summary>
internal static class PollSequel
{
    /// <summary>The follow-up as a question on the poll before or after <paramref name="lastPoll"/>; null when it asks for none.</summary>
    /// <param name="question">The follow-up.</param>
    /// <param name="lastPoll">The one poll the last answer gave, as "the CEDEM poll of June 2017".</param>
    public static string? Resolve(Question question, string lastPoll)
    {
        var words = question.WordList;
        if (words.Count < 2 || question.Years.Count > 0 || question.Has(Cue.YearAfter) || question.Has(Cue.YearBefore))
        {
            return null;
        }

        // The relation closes the question with nothing after it ("... a few months before?") but a word pointing back at the
        // poll just given ("... a couple of weeks before that?"): "before that vote" relates to something else, and "and the
        // earliest?" is a rank, not a side.
        var pronouns = question.Lexicon.Words(Cue.ThingPronoun);
        var end = words.Count - 1;
        while (end > 1 && pronouns.Contains(words[end]) && Side(question, words[end]) is null)
        {
            end--;
        }

        var relation = Side(question, words[end]);
        if (relation is null)
        {
            return null;
        }

        // A name other than a pollster's asks about something else ("who visited a few months later?" names no poll either).
        var pollsters = question.Entities.Where(m => m.Entity.Type == EntityType.Pollster).ToList();
        if (question.Entities.Count != pollsters.Count || pollsters.Count > 1 || !AsksAboutAPoll(question, pollsters.Count))
        {
            return null;
        }

        var pollster = pollsters.Count == 1 ? $" {pollsters[0].Entity.Name}" : string.Empty;
        return $"what did the{pollster} poll {relation} {lastPoll} show?";
    }

    /// <summary>
    /// "What about October of that year?", "and a year after that?" after an answer that gave polls of one date: the polls of
    /// the date the follow-up counts to, as "what did the poll in October 2009 show?"; null when the follow-up names a year,
    /// a name other than a pollster's, or an event or deed of its own ("what happened in October of that year?").
    /// </summary>
    public static string? Dated(Question question, ConversationTurn? last)
    {
        var lexicon = question.Lexicon;
        var pollsters = question.Entities.Where(m => m.Entity.Type == EntityType.Pollster).Select(m => m.Entity).DistinctBy(e => e.Id).ToList();
        if (last is null || question.Years.Count > 0 || pollsters.Count > 1 || question.Entities.Any(m => m.Entity.Type != EntityType.Pollster)
            || question.PredicateIds.Count > 0 || question.Has(Cue.DatedEvent) || AnchorOf(last) is not { Year: { } year } anchor)
        {
            return null;
        }

        FactDate? target = null;
        if (question.Months.Count == 1 && question.WordList.Any(lexicon.Words(Cue.YearsUnit).Contains))
        {
            // "October of that year", "June the following year": the month, in the poll's year or the one next to it.
            var shift = question.Has(Cue.YearAfter) ? 1 : question.Has(Cue.YearBefore) ? -1 : 0;
            target = new FactDate(string.Empty, year + shift, question.Months[0], null);
        }
        else if (question.Months.Count == 0)
        {
            target = PollOffset.Target(question.Text, lexicon, anchor);
        }

        // The pollster the follow-up names, or else the one the last question asked about ("the CEDEM poll in Oct 2009", then
        // "what about a year later?") when it polled then: a pollster only the last answer gave was no choice of the asker's,
        // and "the one released in October that year" after CATI's December poll may be anyone's.
        var named = pollsters.Count == 1 ? pollsters[0].Name
            : last.Frame.PollsterId is { } id && question.Knowledge is { } knowledge && knowledge.EntitiesById.TryGetValue(id, out var asked)
                && knowledge.Facts.Any(f => f.Poll?.PollsterId == id && f.Date?.Year == target?.Year && (target?.Month is null || f.Date?.Month == target.Month)) ? asked.Name : null;
        var pollster = named is null ? string.Empty : $" {named}";
        return target is null ? null : $"what did the{pollster} poll {PollOffset.Written(target)} show?";
    }

    // The date of the polls the turn gave: its one poll's, or the one date of its question when that asked about polls.
    private static FactDate? AnchorOf(ConversationTurn turn)
    {
        if (turn.AnswerText is null)
        {
            return null;
        }

        const string of = " poll of ";
        if (turn.AnswerPoll is { } poll && poll.IndexOf(of, StringComparison.Ordinal) is var at and >= 0)
        {
            return FactDate.Parse(poll[(at + of.Length)..]);
        }

        return turn.Frame.Intent == Intent.Poll && PollOffset.OnlyDateIn(turn.Frame.Text) is { Month: not null } asked ? asked : null;
    }

    /// <summary>
    /// "So did support go up or down?" after two turns that each gave one poll: the change between those two polls, as
    /// "... between (the earlier turn's poll) and (the last one's)"; null unless the follow-up asks for a change and names no
    /// poll, pollster or year of its own.
    /// </summary>
    public static string? ChangeBetween(Question question, IReadOnlyList<ConversationTurn> turns)
    {
        if (turns.Count < 2 || !question.Has(Cue.Trend) || question.Years.Count > 0 || question.Entities.Any(m => m.Entity.Type == EntityType.Pollster)
            || turns[^2].AnswerPoll is not { } earlier || turns[^1].AnswerPoll is not { } last || earlier == last)
        {
            return null;
        }

        return $"{question.Text.TrimEnd('?', ' ', '.', '!')} between {earlier} and {last}?";
    }

    // "Before" for a word of the earlier side that compares ("before", "earlier", "sooner"), "after" for one of the later;
    // superlatives ("earliest", "last") rank and are no side.
    private static string? Side(Question question, string word) => Side(question.Lexicon, word) switch { < 0 => "before", > 0 => "after", _ => null };

    /// <summary>-1 for a word of the earlier side ("before", "earlier"), +1 for one of the later ("after", "later"), else null.</summary>
    internal static int? Side(Lexicon lexicon, string word)
    {
        if (lexicon.Words(Cue.Before).Contains(word) || (lexicon.Words(Cue.First).Contains(word) && IsComparative(word)))
        {
            return -1;
        }

        return lexicon.Words(Cue.After).Contains(word) || (lexicon.Words(Cue.Last).Contains(word) && IsComparative(word)) ? 1 : null;
    }

    // English comparatives of time end in "-er" ("earlier", "later", "sooner"); "after" and "before" are already sides.
    private static bool IsComparative(string word) => word.Length > 3 && word.EndsWith("er", StringComparison.Ordinal) && word != "after";

    // A pollster, the support or opposition polls measure, the word "poll", or "the one" standing for the last answer's poll.
    private static bool AsksAboutAPoll(Question question, int pollsters) =>
        pollsters > 0 || question.Has(Cue.Support) || question.Has(Cue.Opposition) || question.HasTerm("poll")
        || question.WordList.Contains("one");
}
