using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Which NATO step did Montenegro reach on 4 December 2009?", "what milestone does 2006-12-14 stand for in the timeline?":
/// a what- or which-question keyed by a day, asked in words of its own, answered by what the sources date to that day (or
/// only to its month) when nothing else answered it; a month or a year alone is too wide a key ("the May 2006 referendum").
/// The statement must share a word of the question besides the date and the names ("step", "timeline"), and name every
/// country or body the question names: a date alone does not say that whatever happened then is what was asked ("what did
/// Russia announce on 16 October 2016?" is not the coup attempt). A question whose other words only ask what the day stands
/// for ("why is 5 November 2008 significant?", "what is 25 September 2008 known for in the NATO story?", "what did the
/// process reach on 19 May 2016?") shares no word with what happened then, and is answered by what the sources date to that
/// very day, never by a statement of only its month.
/// </summary>
internal sealed partial class ReverseDateStrategy(AnswerComposer composer, DatedEventStrategy dated) : IAnswerStrategy
{
    // At most this many statements of the same date are given.
    private const int MaxStatements = 3;

    private static readonly Cue[] OtherAsks = [Cue.Before, Cue.After, Cue.YearAfter, Cue.YearBefore, Cue.Count, Cue.Why];

    private readonly Lazy<HashSet<string>> _monthTerms = new(() => MonthTerms(composer.Knowledge));

    private readonly Lazy<HashSet<string>> _meaningTerms = new(() => MeaningTerms(composer.Knowledge));

    public Answer? TryAnswer(Question question)
    {
        var significance = AsksSignificance(question);
        if (!(AsksWhatOrWhich(question) || significance) || OtherAsks.Any(c => question.Has(c) && !(significance && c == Cue.Why))
            || question.StartsWith(Cue.When) || question.StartsWith(Cue.YesNo)
            || (DatedEventStrategy.Asked(question) ?? IsoAsked(question)) is not { Day: not null } asked)
        {
            return null;
        }

        var knowledge = composer.Knowledge;
        var named = question.Entities.Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        var nameTerms = question.Entities.SelectMany(m => knowledge.Analyzer.Terms(m.Text)).ToHashSet(StringComparer.Ordinal);
        var others = question.ContentTerms
            .Where(t => !_monthTerms.Value.Contains(t) && !nameTerms.Contains(t) && !t.Any(char.IsAsciiDigit))
            .ToHashSet(StringComparer.Ordinal);
        // Only the day itself is asked about: its words say nothing that the statement of it must share.
        var dayOnly = others.All(_meaningTerms.Value.Contains);
        if (significance && !dayOnly)
        {
            // "Why was the 19 May 2016 signing significant?" asks about the deed, which its own statement only restates.
            return null;
        }

        var noun = AskedNoun(question);
        // "What is the date 25 September 2008 known for?", "why is 4 December 2009 important?": the day itself is the subject.
        if (noun is not null && dayOnly && (noun.Any(char.IsAsciiDigit) || knowledge.Analyzer.Terms(noun).All(_meaningTerms.Value.Contains)))
        {
            noun = null;
        }

        var ranked = dated.Statements
            .Select(d => (Dated: d, Tier: DatedEventStrategy.Tier(asked, d.Date), Score: d.Terms.Count(others.Contains)))
            .Where(c => c.Tier is 0 or 1 && (c.Score > 0 || (dayOnly && c.Tier == 0)) && NamesAll(c.Dated, named) && (noun is null || Holds(c.Dated, noun, question)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Tier)
            .ThenBy(c => c.Dated.IsTableRow)
            .ThenBy(c => c.Dated.Fact is null)
            .ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        var (tier, score) = (ranked[0].Tier, ranked[0].Score);
        var chosen = ranked
            .TakeWhile(c => c.Tier == tier && c.Score == score)
            .GroupBy(c => c.Dated.PassageId, StringComparer.Ordinal)
            .Select(g => g.First().Dated)
            .Take(MaxStatements)
            .ToList();

        // A statement dated only to the month is said to be so: it may be of another day of that month.
        var lead = tier == 0 ? null : $"My sources date this to {chosen[0].Date.Display}, not to the day:";
        var title = $"Events of {DatedEventStrategy.Spoken(asked)}";
        if (chosen.All(c => c.Fact is not null))
        {
            return composer.FromFacts("event", title, chosen.Select(c => c.Fact!).ToList(), question, lead);
        }

        var body = chosen.Count == 1 ? chosen[0].Text : string.Join("\n", chosen.Select(c => "• " + c.Text));
        var sources = chosen.Select(c => c.PassageId).Distinct(StringComparer.Ordinal).Select(id => composer.Source(id, question)).ToList();
        return new Answer(true, "event", title, lead is null ? body : $"{lead}\n{body}", [], sources, []);
    }

    // "What did…", "which step…": the question asks what, not when, whether or how many.
    private static bool AsksWhatOrWhich(Question question) => question.WordList is ["what" or "which", ..];

    // "Why is 5 November 2008 significant?", "why does 25 September 2008 matter?": a why that asks what the day stands for,
    // answered by what happened on it rather than by a cause.
    private static bool AsksSignificance(Question question) => question.WordList is ["why", ..] && question.Has(Cue.Significance);

    // Every country or body the question names is named by the statement, beside Montenegro and NATO, which every
    // dated step of the sources is about.
    private bool NamesAll(DatedEventStrategy.Dated statement, HashSet<string> named)
    {
        var wanted = named.Where(id => id is not ("montenegro" or "nato")).ToList();
        if (wanted.Count == 0)
        {
            return true;
        }

        var inIt = composer.Knowledge.Recognizer.Recognize(statement.Text).Select(m => m.Entity.Id).Concat(statement.Fact?.EntityIds ?? []);
        return wanted.All(inIt.Contains);
    }

    // "What was the turnout…", "which country…": the thing asked about, named right after "what" or "which" (past fillers and
    // names); none when an event's head ("which step", "what milestone", "which item") or a verb's subject ("what did Montenegro join")
    // follows.
    private static string? AskedNoun(Question question)
    {
        var fillers = question.Lexicon.Words(Cue.FocusFiller);
        // "Which step", "what milestone": the event itself is what is asked.
        // "Which item of the timeline", "what entry": an entry of the table is the event itself too.
        var generic = question.Lexicon.Words(Cue.MilestoneNoun).Concat(question.Lexicon.Words(Cue.RecordNoun)).ToHashSet(StringComparer.Ordinal);
        var inNames = question.Entities.SelectMany(m => m.Text.ToLowerInvariant().Split(' ')).ToHashSet(StringComparer.Ordinal);
        foreach (var word in question.WordList.Skip(1))
        {
            if (word is "did" or "does" or "do" or "has" or "have" or "had")
            {
                return null;
            }

            if (!fillers.Contains(word) && !inNames.Contains(word))
            {
                return generic.Contains(word) ? null : word;
            }
        }

        return null;
    }

    // The statement holds the thing asked about: a country or body for "which country" (one the sources name, not a row that
    // says it lacks the name), the word itself for anything else.
    private bool Holds(DatedEventStrategy.Dated statement, string noun, Question question)
    {
        var knowledge = composer.Knowledge;
        if (question.Lexicon.Words(Cue.CountryFocus).Contains(noun))
        {
            return knowledge.Recognizer.Recognize(statement.Text).Any(m => m.Entity.Id is not ("montenegro" or "nato")
                && m.Entity.Type is Entities.EntityType.Country or Entities.EntityType.Organisation);
        }

        var terms = knowledge.Analyzer.Terms(noun);
        return terms.Count > 0 && terms.All(statement.Terms.Contains);
    }

    // A date written as the sources' tables write it: "2006-12-14".
    internal static Facts.FactDate? IsoAsked(Question question)
    {
        var found = IsoDate().Matches(question.Text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        if (found.Count != 1)
        {
            return null;
        }

        var parts = found[0].Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts[1] is >= 1 and <= 12 && parts[2] is >= 1 and <= 31 ? new Facts.FactDate(string.Empty, parts[0], parts[1], parts[2]) : null;
    }

    // Month names as the analyzer reads them: they say when, not what.
    private static HashSet<string> MonthTerms(KnowledgeBase knowledge)
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames);
        return knowledge.Analyzer.Terms(string.Join(' ', names)).ToHashSet(StringComparer.Ordinal);
    }

    // The words that ask only what a day stands for ("known", "mark", "significant", "the NATO story"), as the analyzer reads them.
    private static HashSet<string> MeaningTerms(KnowledgeBase knowledge)
    {
        var lexicon = knowledge.Lexicon;
        var words = lexicon.Words(Cue.DateMeaning).Concat(lexicon.Words(Cue.Significance)).Concat(lexicon.Words(Cue.MilestoneNoun))
            .Concat(lexicon.Words(Cue.RecordNoun));
        return knowledge.Analyzer.Terms(string.Join(' ', words)).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
