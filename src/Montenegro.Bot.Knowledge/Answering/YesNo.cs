using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The verdict on a yes/no question from the evidence that answers it: "Yes." when the evidence states
/// everything the question asks (every content word, name and number); "No." when the question names
/// an ordinal or number the evidence contradicts with another of the same kind ("the 30th member" where
/// the source says 29th); otherwise no verdict, and the evidence speaks for itself.
/// </summary>
internal static partial class YesNo
{
    private const double FullCoverage = 0.95;

    public static string? Verdict(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (IsVerdict(answer))
        {
            return null;
        }

        if (ExpectedOnlyVerdict(question, answer) is { } notDone)
        {
            return notDone;
        }

        if (DateVerdict(question, answer, knowledge) is { } computed)
        {
            return computed;
        }

        // "Is the Canadian embassy in Podgorica?" answered by the embassy in Belgrade: the evidence's own sentence says otherwise.
        if (!question.Has(Language.Cue.Negation) && PlaceContradiction.Contradicts(question, Lead(answer.Text), knowledge))
        {
            return "No.";
        }

        // "Was the Democratic Front against the resolution?", "did the DPS take more than half of the vote?": the claim the
        // question makes of what the evidence states (a party's stance, a share's bound) compared with the evidence's own.
        if (ComparedVerdict(question, answer, knowledge) is { } compared)
        {
            return compared;
        }

        var evidence = answer.Text + " " + string.Join(" ", answer.Sources.Select(s => s.Excerpt));
        var numbers = Number().Matches(question.Text).Select(m => m.Value).ToList();
        var missing = numbers.Where(n => !Regex.IsMatch(evidence, $@"\b{Regex.Escape(n)}\b", RegexOptions.None, TimeSpan.FromSeconds(1))).ToList();
        if (missing.Count > 0)
        {
            // A different ordinal or count where the question has one: the evidence says otherwise.
            var ordinalAsked = missing.Any(n => n.EndsWith("st", StringComparison.Ordinal) || n.EndsWith("nd", StringComparison.Ordinal) || n.EndsWith("rd", StringComparison.Ordinal) || n.EndsWith("th", StringComparison.Ordinal));
            return ordinalAsked && Ordinal().IsMatch(evidence) ? "No." : null;
        }

        if (question.Has(Language.Cue.Negation))
        {
            return null;
        }

        if (!StatesAll(question, evidence, knowledge))
        {
            return null;
        }

        // The claim stated and denied ("not entirely surprising"): "No", with the sentence that says so when the answer's
        // own statement does not.
        var sentences = EvidenceSentences.Of(answer).Concat(answer.Sources.SelectMany(s => EvidenceSentences.Split(s.Excerpt)));
        if (NegatedStatement.Find(question, sentences, knowledge, FullCoverage) is { } denial)
        {
            return answer.Text.Contains(denial, StringComparison.Ordinal) ? "No." : $"No. My source says: \"{denial}\"";
        }

        return "Yes.";
    }

    // Every name and content word the question uses is in the evidence: it states what the question asks.
    private static bool StatesAll(Question question, string evidence, KnowledgeBase knowledge)
    {
        var terms = knowledge.Analyzer.Terms(evidence).ToHashSet(StringComparer.Ordinal);
        var entitiesNamed = question.Entities.All(m => knowledge.Recognizer.Recognize(evidence).Any(e => e.Entity.Id == m.Entity.Id));
        var relating = RelatingWords(question, FirstNamed(evidence, knowledge), knowledge);
        return entitiesNamed && Coverage.Of(question.ContentTerms.Where(t => !relating.Contains(t)).ToList(), terms, knowledge.Index) >= FullCoverage;
    }

    // The prepositions that only tie a name to the claim ("sanctions against Russia", "over Crimea"): the name, which the
    // evidence must state, carries what is asked, and the evidence says the tie in its own words ("following the
    // annexation of Crimea by the Russian Federation"). A stance word stays a claim after a verb or a name ("voted against
    // NATO", "is the DPS against NATO?"), and ties only after a thing ("sanctions against Russia").
    private static HashSet<string> RelatingWords(Question question, string? actor, KnowledgeBase knowledge)
    {
        var prepositions = question.Lexicon.Words(Language.Cue.Preposition);
        var stance = question.Lexicon.Words(Language.Cue.StanceAgainst).Concat(question.Lexicon.Words(Language.Cue.StanceFor)).ToHashSet(StringComparer.Ordinal);
        var auxiliaries = question.Lexicon.Words(Language.Cue.YesNo);
        var relating = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in BeforeName().Matches(question.Text))
        {
            var word = m.Groups["p"].Value.ToLowerInvariant();
            var before = m.Groups["w"].Value;
            var beforeTerms = knowledge.Analyzer.Terms(before).ToHashSet(StringComparer.Ordinal);
            // "Sanctions against Montenegro" where the evidence is Montenegro's own act: the tie is the claim.
            var nextWords = question.Text[(m.Index + m.Length)..].Split(' ', 3).Take(2);
            var named = knowledge.Recognizer.Recognize(string.Join(' ', nextWords));
            var ties = prepositions.Contains(word) && !named.Any(n => n.Entity.Id == actor) && (!stance.Contains(word)
                || (before.Length > 0 && char.IsLower(before[0]) && !auxiliaries.Contains(before.ToLowerInvariant()) && knowledge.PredicatesNamedBy(beforeTerms).Count == 0));
            if (ties)
            {
                relating.UnionWith(knowledge.Analyzer.Terms(word));
            }
        }

        return relating;
    }

    /// <summary>
    /// "Yes." for a yes/no question the frame reads as something else ("was Russia the first permanent Security Council
    /// member to recognise Montenegro?" as a recognition) when the answer's own statement says every name, number and
    /// content word the question asks; null otherwise. Only the statement counts, not the sources' wider excerpts, and only
    /// a plain claim: no negation, no alternatives or comparison ("higher in X or Y?"), no stance or trend (a tally's
    /// "five against" states no party's stance, a poll's figures no drop), which the comparisons above settle or leave open.
    /// </summary>
    private static string? StatedVerdict(Question question, Answer answer, KnowledgeBase knowledge)
    {
        var open = new[] { Language.Cue.Negation, Language.Cue.Alternative, Language.Cue.StanceFor, Language.Cue.StanceAgainst, Language.Cue.Trend };
        if (IsVerdict(answer) || open.Any(question.Has) || question.ContentTerms.Count == 0)
        {
            return null;
        }

        var lead = Lead(answer.Text);
        var terms = knowledge.Analyzer.Terms(lead).ToHashSet(StringComparer.Ordinal);
        var named = knowledge.Recognizer.Recognize(lead).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        return Number().Matches(question.Text).All(m => Regex.IsMatch(lead, $@"\b{Regex.Escape(m.Value)}\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
            && question.Entities.All(m => named.Contains(m.Entity.Id))
            && question.ContentTerms.All(t => question.Covers(t, terms))
            && RanksAsStated(question, lead)
            ? "Yes."
            : null;
    }

    // "The first country" is not "the first permanent member": a rank the question gives (first, last, highest) must be
    // the statement's too, of the same next word.
    private static bool RanksAsStated(Question question, string lead)
    {
        var ranks = new[] { Language.Cue.First, Language.Cue.Last, Language.Cue.Highest, Language.Cue.Lowest }
            .SelectMany(question.Lexicon.Words).ToHashSet(StringComparer.Ordinal);
        var stated = EvidenceSentences.Words(lead);
        var pairs = stated.Zip(stated.Skip(1), (a, b) => a + " " + b).ToHashSet(StringComparer.Ordinal);
        var asked = EvidenceSentences.Words(question.Text);
        return asked.Select((w, i) => (w, i)).Where(p => ranks.Contains(p.w))
            .All(p => p.i + 1 < asked.Count ? pairs.Contains(p.w + " " + asked[p.i + 1]) || RanksAmongStates(p.w, asked[p.i + 1], pairs, question.Lexicon) : stated.Contains(p.w));
    }

    // "Among the first countries" is "among the first states": the ranked word may be another word for a state
    // (<see cref="Language.Cue.CountryFocus"/>), but not a narrower one ("the first permanent member").
    private static bool RanksAmongStates(string rank, string next, IReadOnlySet<string> statedPairs, Language.Lexicon lexicon)
    {
        var states = lexicon.Words(Language.Cue.CountryFocus);
        return states.Contains(next) && states.Any(s => statedPairs.Contains(rank + " " + s));
    }

    /// <summary>
    /// The verdict from comparing the question's claim with what the evidence states of the same thing: a party's stance
    /// ("against" where the evidence says "supported by") or a bounded share ("more than half" where it says 41%); null when
    /// the evidence states no such thing, or states it ambiguously. Also used for yes/no questions framed as something else
    /// (a vote), which get no other verdict.
    /// </summary>
    internal static string? ComparedVerdict(Question question, Answer answer, KnowledgeBase knowledge) =>
        IsVerdict(answer) ? null : StanceContradiction.Verdict(question, answer, knowledge) ?? QuantityComparison.Verdict(question, answer)
            ?? RefusalContradiction.Verdict(question, answer, knowledge) ?? UnanimityContradiction.Verdict(question, answer, knowledge)
            ?? PollVerdict.Verdict(question, answer, knowledge);

    /// <summary>
    /// The verdict for a yes/no question the frame reads as something else ("did the Democratic Front vote against …?" as a
    /// vote): the date order it asks of two events, or the claim it makes compared with the evidence. A question put after a
    /// writer's lead-in ("Ahead of an explainer, I want to double-check: did the DPS take more than half …?") is judged by the
    /// question proper, on its claim only.
    /// </summary>
    internal static string? FramedVerdict(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (question.StartsWith(Language.Cue.YesNo))
        {
            return DateVerdict(question, answer, knowledge) ?? ComparedVerdict(question, answer, knowledge) ?? StatedVerdict(question, answer, knowledge);
        }

        return LeadInClause.Split(question.Text) is { } split && Question.Parse(split.Question, knowledge) is var proper && proper.StartsWith(Language.Cue.YesNo)
            ? ComparedVerdict(proper, answer, knowledge)
            : null;
    }

    // The deed told only as the next step or as expected has not happened yet, as far as the sources tell; asked of a year
    // it was only expected for ("invited at the summit in 2014?"), it did not happen then, whatever the date agrees.
    internal static string? ExpectedOnlyVerdict(Question question, Answer answer) =>
        AskedJudgement.TellsOnlyAsExpected(question, Lead(answer.Text)) ? (question.Years.Count > 0 ? "No." : "Not yet.") : null;

    // The answer's own statement, before its fields and sources.
    private static string Lead(string text) => text.Split("\n", 2)[0];

    // The entity the evidence names first, by name or by its adjective: the one whose act it tells ("Montenegro joining
    // western sanctions", "The Montenegrin embassy"); a body named before any state ("The European Council of Ministers
    // recognized ...") is the actor, not a state after it. Also who acted first in ActorComparison.
    internal static string? FirstNamed(string evidence, KnowledgeBase knowledge) =>
        knowledge.Recognizer.Recognize(evidence)
            .Select(m => (m.Entity.Id, At: evidence.IndexOf(m.Text, StringComparison.OrdinalIgnoreCase)))
            .Where(x => x.At >= 0)
            .OrderBy(x => x.At)
            .Select(x => x.Id)
            .FirstOrDefault();

    /// <summary>Whether <paramref name="answer"/> already leads with a yes or a no of its own.</summary>
    internal static bool StartsWithVerdict(Answer answer) =>
        answer.Text.StartsWith("Yes", StringComparison.Ordinal) || answer.Text.StartsWith("No", StringComparison.Ordinal);

    // "Did the UK recognise Montenegro before France?", "…on the same day?", "…before or after France?": the two dated facts
    // of the answer, taken in the order the question names their entities, compared.
    // A comparison that already says which came first ("After: …", "Same day: …") answers "before or after?" itself.
    private static bool IsVerdict(Answer answer) =>
        StartsWithVerdict(answer)
        || (answer.Intent == "comparison" && TimeOrderLeads.Any(l => answer.Text.StartsWith(l, StringComparison.Ordinal)));

    // "First, China: …" says which of two states did a thing first ("did China or Montenegro open its embassy first?").
    private static readonly string[] TimeOrderLeads = ["Before:", "After:", "Same day:", "First, "];

    /// <summary>
    /// "Did France recognise before or after Russia?" offers both orders: the lead of the one that holds, by the sign of the
    /// first-named thing's date against the second's, instead of a yes or no; null when the question asks one order only.
    /// </summary>
    internal static string? OfferedOrder(Question question, int order) =>
        (question.Has(Language.Cue.Before) && question.Has(Language.Cue.After)) || OffersEitherOrder(question)
            ? order switch { < 0 => TimeOrderLeads[0], 0 => TimeOrderLeads[2], _ => TimeOrderLeads[1] }
            : null;

    // "Earlier or later than Russia?", "quicker or slower?": two words of opposite time order joined by "or" offer both.
    private static bool OffersEitherOrder(Question question)
    {
        var words = question.WordList;
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (words[i] == "or" && ((IsEarly(question, words[i - 1]) && IsLate(question, words[i + 1])) || (IsLate(question, words[i - 1]) && IsEarly(question, words[i + 1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> alone says "earlier" ("before", "sooner", "quicker").</summary>
    internal static bool IsEarly(Question question, string word) =>
        question.Lexicon.Words(Language.Cue.Before).Contains(word) || question.Lexicon.Words(Language.Cue.First).Contains(word);

    /// <summary>Whether <paramref name="word"/> alone says "later" ("after", "slower").</summary>
    internal static bool IsLate(Question question, string word) =>
        question.Lexicon.Words(Language.Cue.After).Contains(word) || question.Lexicon.Words(Language.Cue.Last).Contains(word);

    internal static string? DateVerdict(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (IsVerdict(answer))
        {
            return null;
        }

        var dated = answer.Facts.Where(f => f.Date?.Month is not null).DistinctBy(f => f.Id).ToList();
        var asks = question.Has(Language.Cue.SameDay) ? 0 : question.Has(Language.Cue.Before) ? -1 : question.Has(Language.Cue.After) ? 1 : (int?)null;
        var named = question.Entities.Select(m => m.Entity.Id).Where(id => id is not ("nato" or "montenegro")).Distinct().ToList();
        if (asks is null || dated.Count != 2 || named.Count != 2)
        {
            return null;
        }

        var first = dated.FirstOrDefault(f => knowledge.EntitiesOfFact(f.Id).Contains(named[0]) && !knowledge.EntitiesOfFact(f.Id).Contains(named[1]))
            ?? dated.FirstOrDefault(f => f.EntityIds.FirstOrDefault() == named[0]);
        var second = dated.FirstOrDefault(f => f != first);
        if (first is null || second is null)
        {
            return null;
        }

        var order = Math.Sign(first.Date!.CompareTo(second.Date));
        return OfferedOrder(question, order) ?? (order == asks ? "Yes." : "No.");
    }

    // A word, a preposition after it and a capitalised name after that ("sanctions against Russia", "over the Crimea").
    [GeneratedRegex(@"\b(?<w>[\p{L}'’-]+)\s+(?<p>\p{Ll}+)\s+(?=(?:the\s+)?\p{Lu})")]
    private static partial Regex BeforeName();

    [GeneratedRegex(@"\b[0-9]+(?:st|nd|rd|th)?\b")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b[0-9]+(?:st|nd|rd|th)\b")]
    private static partial Regex Ordinal();
}
