using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The verdict on a yes/no question that pins its event to a year ("did Montenegro join NATO in 2016?", "… before 2018?")
/// or an ordinal ("was Montenegro the 30th member of NATO?"): the question is asked again without that detail, so that the
/// evidence found is the one about the event the question names rather than one that merely shares the detail (the
/// accession protocol signed in 2016), and the detail is then checked against that evidence: "No." with the true date or
/// ordinal when it differs, "Yes." when it agrees or the relative time ("before 2018") holds.
/// </summary>
internal static partial class DetailContradiction
{
    /// <summary>
    /// The answer to <paramref name="question"/> judged on its stated year or ordinal, or null when the question states
    /// neither, or the evidence found without it does not date (or number) a single event the question names.
    /// <paramref name="ask"/> answers a question text without any verdict of its own.
    /// </summary>
    public static Answer? Judge(Question question, Answer answer, KnowledgeBase knowledge, Func<string, Answer> ask)
    {
        if (question.Has(Cue.Negation) || YesNo.StartsWithVerdict(answer))
        {
            return null;
        }

        if (AskedDate(question) is { } date)
        {
            return JudgeDate(question, answer, knowledge, ask, date);
        }

        return AskedOrdinal(question) is { } ordinal ? JudgeOrdinal(question, ordinal, ask) : null;
    }

    // A year the question gives its event, with the preposition that relates the event to it.
    private sealed record AskedYear(Match Match, int Relation, FactDate Date);

    // A numbered place in a series ("30th"), with the nouns that follow it ("nato member").
    private sealed record AskedRank(Match Match, IReadOnlyList<string> Nouns);

    private static Answer? JudgeDate(Question question, Answer answer, KnowledgeBase knowledge, Func<string, Answer> ask, AskedYear asked)
    {
        var stripped = Without(question.Text, asked.Match);
        var evidence = ask(stripped);
        if (!evidence.Answered || YesNo.StartsWithVerdict(evidence) || evidence.Intent == PollStrategy.Intent || EventDate(evidence) is not { } date)
        {
            return null;
        }

        // "Did Zaytsev visit again after 2018?" of travels told "up to 2018": the sources stop where the period does, so they
        // neither confirm nor deny what came after it.
        if (asked.Relation > 0 && ToldUntil(evidence.Text, knowledge) is { } until && until <= asked.Date.Year)
        {
            return new Answer(false, "decline", "Not in my sources",
                $"My sources don't say: they tell of it only up to {until}, nothing after. What they say: {evidence.Text.Split('\n', 2)[0].Trim()}",
                [], evidence.Sources, []);
        }

        // A recurring event ("expelled diplomats in 2018, and again in 2022"): the answer that already dates it to the asked
        // year states the event as fully as the one found without the year, so it stands.
        if (answer.Answered && EventDate(answer) is { } original && Agrees(original, asked) && !Agrees(date, asked)
            && !NamesTheEventBetter(Question.Parse(stripped, knowledge), evidence, answer, knowledge))
        {
            return null;
        }

        // "Did Montenegro expel Russian diplomats in 2018?": a deed the sources tell more than once, at other times only, may
        // have happened in the year asked too; they neither confirm nor deny it.
        if (!Agrees(date, asked) && RecurringTimes(evidence, knowledge) is { } times)
        {
            return new Answer(false, "decline", "Not in my sources",
                $"My sources don't say: they tell of it only {times}. What they say: {evidence.Text.Split('\n', 2)[0].Trim()}",
                [], evidence.Sources, []);
        }

        // "Was Montenegro invited at the Wales summit in 2014?" of a text that only expected it then: the year agrees, the
        // deed did not happen.
        return Prefixed(YesNo.ExpectedOnlyVerdict(question, evidence) ?? (Agrees(date, asked) ? "Yes." : "No."), evidence);
    }

    private static Answer? JudgeOrdinal(Question question, AskedRank asked, Func<string, Answer> ask)
    {
        var evidence = ask(Without(question.Text, asked.Match));
        if (!evidence.Answered || YesNo.StartsWithVerdict(evidence))
        {
            return null;
        }

        // Only a rank of the same series counts: "29th member" answers "30th nato member", "first permanent member" would too.
        var lead = evidence.Text.Split("\n", 2)[0];
        var stated = OrdinalPattern().Matches(lead).Where(m => FollowingWords(lead, m).Intersect(asked.Nouns, StringComparer.OrdinalIgnoreCase).Any()).ToList();
        if (stated.Count == 0)
        {
            return null;
        }

        var same = stated.Any(m => string.Equals(m.Groups["n"].Value, asked.Match.Groups["n"].Value, StringComparison.Ordinal));
        return Prefixed(same ? "Yes." : "No.", evidence);
    }

    // "in 2016", "before 2018", "after June 2016": the year closing the question (a year before a noun, "the 2014 summit" or
    // "the nov 2015 poll", names a thing, not the event's time).
    private static AskedYear? AskedDate(Question question)
    {
        var relations = new[] { (Cue.Before, -1), (Cue.After, 1), (Cue.PlacePreposition, 0) };
        foreach (var (cue, relation) in relations)
        {
            foreach (var phrase in question.Lexicon.Phrases(cue))
            {
                var pattern = $@"\b{string.Join(@"\s+", phrase.Select(Regex.Escape))}\s+(?:(?<day>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+)?(?:(?<month>\p{{L}}+)\s+)?(?<year>(?:19|20)[0-9]{{2}})\s*[?.!]*\s*$";
                var match = Regex.Match(question.Text, pattern, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
                if (!match.Success)
                {
                    continue;
                }

                var month = match.Groups["month"].Success ? FactDate.MonthOf(match.Groups["month"].Value) : null;
                if (match.Groups["month"].Success && month is null)
                {
                    continue;
                }

                int? day = month is not null && match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
                var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
                return new AskedYear(match, relation, new FactDate(match.Value, year, month, day));
            }
        }

        return null;
    }

    private static AskedRank? AskedOrdinal(Question question)
    {
        var matches = OrdinalPattern().Matches(question.Text);
        if (matches.Count != 1)
        {
            return null;
        }

        var nouns = FollowingWords(question.Text, matches[0]);
        return nouns.Count == 0 ? null : new AskedRank(matches[0], nouns);
    }

    // The two words after an ordinal: "30th nato member" → nato, member.
    private static List<string> FollowingWords(string text, Match ordinal) =>
        WordPattern().Matches(text[(ordinal.Index + ordinal.Length)..]).Take(2).Select(m => m.Value).ToList();

    // The times ("in March/April 2022 and in September (2022)") at which the evidence's passage tells its deed, when it tells
    // the deed as done again ("six more diplomats") and at more than one time, with (at least) the same others; null for a
    // deed told once (a state joins NATO once) or told of other things (China's embassy, then Montenegro's).
    private static string? RecurringTimes(Answer evidence, KnowledgeBase knowledge)
    {
        if (evidence.Facts.FirstOrDefault(f => f.Date?.Year is not null) is not { } told || told.Predicates.Count == 0)
        {
            return null;
        }

        var again = knowledge.Lexicon.Phrases(Cue.Repetition);
        var words = WordPattern().Matches(told.Statement.ToLowerInvariant()).Select(m => m.Value).ToList();
        if (!again.Any(p => Question.HasPhrase(words, p)))
        {
            return null;
        }

        var others = knowledge.EntitiesOfFact(told.Id).Where(id => id != "montenegro").ToHashSet(StringComparer.Ordinal);
        var times = knowledge.Facts
            .Where(f => f.PassageId == told.PassageId && !f.IsTimelineStep && f.Poll is null && f.Date?.Year is not null && f.Predicates.Count > 0
                && f.Predicates[0] == told.Predicates[0] && others.IsSubsetOf(knowledge.EntitiesOfFact(f.Id)))
            .Select(f => f.Date!)
            .DistinctBy(d => (d.Year, d.Month))
            .OrderBy(d => d.Year).ThenBy(d => d.Month ?? 0)
            .ToList();
        return times.Count > 1 ? string.Join(" and ", times.Select(d => "in " + d.Display)) : null;
    }

    // The date of the one event an answer states; none when its dated facts disagree (two events, or a comparison).
    private static FactDate? EventDate(Answer answer)
    {
        var dates = answer.Facts.Select(f => f.Date).OfType<FactDate>().Where(d => d.Year is not null).ToList();
        return dates.Count > 0 && dates.All(d => d.Year == dates[0].Year) ? dates[0] : null;
    }

    // Whether the event's date stands to the asked one as the question says, compared to the precision asked.
    private static bool Agrees(FactDate date, AskedYear asked)
    {
        var asDetailed = new FactDate(date.Text, date.Year, asked.Date.Month is null ? null : date.Month, asked.Date.Day is null ? null : date.Day);
        if (asked.Date.Month is not null && date.Month is null)
        {
            return false;
        }

        return Math.Sign(asDetailed.CompareTo(asked.Date)) == asked.Relation;
    }

    // The year that closes the period the evidence tells of ("on numerous occasions up to 2018"), or null.
    private static int? ToldUntil(string text, KnowledgeBase knowledge)
    {
        var match = knowledge.Unstated.UntilPattern?.Match(text);
        return match is { Success: true } ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    // The fact found without the year states more of what the question asks than the one found with it.
    private static bool NamesTheEventBetter(Question stripped, Answer found, Answer original, KnowledgeBase knowledge)
    {
        double Covered(Answer a) => a.Facts.Max(f => FactStrategy.PredicateMatch(f.Predicates, stripped, knowledge) + Coverage.Of(stripped, stripped.ContentTerms, knowledge.Index.TermsOf(f.Id), knowledge.Index));
        return Covered(found) > Covered(original);
    }

    // The question with its year or ordinal taken out: "did montenegro join nato in 2016" → "did montenegro join nato".
    private static string Without(string text, Match match) =>
        Regex.Replace(text.Remove(match.Index, match.Length), @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();

    private static Answer Prefixed(string verdict, Answer evidence) => evidence with { Text = verdict + " " + evidence.Text };

    [GeneratedRegex(@"\b(?<n>[0-9]+)(?:st|nd|rd|th)\b")]
    private static partial Regex OrdinalPattern();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
