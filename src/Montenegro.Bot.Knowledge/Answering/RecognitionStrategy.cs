using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>Who recognised Montenegro's independence, and when.</summary>
internal sealed partial class RecognitionStrategy(AnswerComposer composer) : IAnswerStrategy
{
    public const string Intent = "recognition";

    private const string MontenegroId = "montenegro";

    private readonly IReadOnlyList<Fact> _facts = composer.Knowledge.Facts
        .Where(f => f.Topic == Intent)
        .OrderBy(f => f.Date ?? new FactDate(string.Empty, 9999, null, null))
        .ToList();

    // Recognitions of Montenegro, and those Montenegro itself made ("Montenegro recognised Kosovo"): never one for the other.
    internal IEnumerable<Fact> OfMontenegro => _facts.Where(f => !ByMontenegro(f));

    private static bool ByMontenegro(Fact fact) => fact.EntityIds.Count > 0 && fact.EntityIds[0] == MontenegroId;

    // Whom Montenegro recognised: what the sentence names as recognised, or else the other states it names.
    private static IEnumerable<string> Recognised(Fact fact) => fact.ObjectIds.Count > 0 ? fact.ObjectIds : fact.EntityIds.Skip(1);

    public Answer? TryAnswer(Question question)
    {
        if (!question.HasTerm("recognise"))
        {
            return null;
        }

        // "Besides the United States, which body…": the state set aside is no name asked about, and its recognitions no answer.
        var setAside = Exclusion.Of(question, composer.Knowledge);
        var named = question.EntitiesOf(EntityType.Country, EntityType.Organisation)
            .Where(e => e.Id is not ("nato" or "united-nations") && setAside?.EntityIds.Contains(e.Id) != true)
            .ToList();
        var asksByMontenegro = MontenegroRecognises().IsMatch(question.Text);
        var pool = (asksByMontenegro ? _facts.Where(ByMontenegro) : OfMontenegro).Where(f => setAside?.Covers(f, composer.Knowledge) != true).ToList();
        if (named.Count > 0)
        {
            var matching = pool.Where(f => named.Any(e => asksByMontenegro ? Recognised(f).Contains(e.Id) : f.EntityIds.Contains(e.Id))).ToList();
            var missing = named.Where(e => !matching.Any(f => f.EntityIds.Contains(e.Id))).ToList();
            if (matching.Count == 0)
            {
                var names = string.Join(" or ", missing.Select(e => e.Name));
                var byMontenegro = _facts.Where(ByMontenegro).ToList();
                var text = asksByMontenegro
                    ? $"My sources don't say whether or when Montenegro recognised {names}."
                        + (byMontenegro.Count > 0 ? $" The recognitions by Montenegro they give: {KnownList(byMontenegro, Recognised)}." : string.Empty)
                        + $" They cover who recognised Montenegro: {KnownList(OfMontenegro, f => f.EntityIds.Take(1))}."
                    : $"My sources don't say when {names} recognised Montenegro. They give the recognitions by {KnownList(OfMontenegro, f => f.EntityIds.Take(1))}.";

                // Where no recognition the sources state names the state at all, a passage may still say it in words the
                // extractor does not read: the decline waits for the passages.
                var mentioned = _facts.Any(f => f.EntityIds.Any(id => named.Any(e => e.Id == id)));
                return composer.Decline(Intent, "Not in my sources", text, question) with { IsTentative = !mentioned };
            }

            var lead = missing.Count > 0 ? $"My sources don't say when {string.Join(" or ", missing.Select(e => e.Name))} recognised Montenegro." : null;

            // "Did Turkey recognise Montenegro before or after the US?": with one side's date unknown, nothing can be compared;
            // the known side's date is shown, but the question is not answered.
            if (lead is not null && named.Count >= 2 && question.Has(Language.Cue.Compare))
            {
                return composer.Decline(Intent, "Not in my sources",
                    $"{lead} So they can't say which came first. What they give: {string.Join(" ", matching.Select(f => f.Statement))}", question, composer.Sources(matching, question));
            }

            var title = asksByMontenegro ? "Recognition by Montenegro" : "Recognition of Montenegro";
            return composer.FromFacts(Intent, matching.Count == 1 ? matching[0].Label : title, matching, question, lead);
        }

        if (asksByMontenegro)
        {
            return pool.Count == 0
                ? composer.Decline(Intent, "Not in my sources",
                    $"My sources don't say which states Montenegro recognised. They cover who recognised Montenegro: {KnownList(OfMontenegro, f => f.EntityIds.Take(1))}.", question) with { IsTentative = true }
                : composer.FromFacts(Intent, "Recognition by Montenegro", pool, question, "My sources name these recognitions by Montenegro:");
        }

        // "Who recognised Montenegro on 12 June?"
        if (question.Days.Count > 0)
        {
            var onDay = pool.Where(f => f.Date is { } d && question.Days.Contains((d.Day ?? 0, d.Month ?? 0))).ToList();
            if (onDay.Count > 0)
            {
                return composer.FromFacts(Intent, "Recognition of Montenegro", onDay, question);
            }

            // "Besides Russia, who recognised on 11 June?": the sources name no other that day, and say so.
            if (setAside is not null)
            {
                var theirs = OfMontenegro.Where(f => f.Date is { } d && question.Days.Contains((d.Day ?? 0, d.Month ?? 0))).Select(f => f.Statement);
                return composer.Decline(Intent, "Not in my sources",
                    $"My sources name no recognition on that day besides {setAside.Phrase}. What they say: {string.Join(" ", theirs)}", question);
            }
        }

        // "Which was the very first in the whole world?": a recognition the sources call the first of a group answers only
        // for that group ("the first permanent member of the Security Council"), not for a group the question names instead.
        if (question.HasWord("first", "earliest") && FirstOfTheGroupAsked(question, pool) is { } declined)
        {
            return declined;
        }

        // A question about one recognition's details ("Who wrote to Vlahović?") gets that fact alone.
        var best = pool
            .Select(f => (Fact: f, Coverage: Coverage.Of(question.ContentTerms, composer.Knowledge.Index.TermsOf(f.Id), composer.Knowledge.Index)))
            .OrderByDescending(x => x.Coverage)
            .ToList();
        // ...but "which countries recognised…" asks for the list, and "which country…first" for the first.
        if (!question.Has(Language.Cue.List) && !question.Has(Language.Cue.CountryFocus) && best.Count > 1 && best[0].Coverage >= FactStrategy.MinCoverage && best[0].Coverage > best[1].Coverage + 0.1)
        {
            return composer.FromFacts(Intent, best[0].Fact.Label, [best[0].Fact], question);
        }

        if (question.HasWord("first", "earliest"))
        {
            var first = pool.Where(f => f.Statement.Contains("first", StringComparison.OrdinalIgnoreCase)).Take(1).ToList();
            return composer.FromFacts(Intent, "The first recognitions", first, question);
        }

        if (question.HasWord("last", "latest"))
        {
            var last = pool.Where(f => f.Statement.Contains("last", StringComparison.OrdinalIgnoreCase)).ToList();
            return composer.FromFacts(Intent, "The last permanent Security Council members to recognise Montenegro", last, question);
        }

        return composer.FromFacts(Intent, "Recognition of Montenegro's independence", pool, question,
            "My sources name these recognitions of Montenegro's independence:");
    }

    // A decline when the sources call recognitions the first only of groups other than the one the question asks about; null
    // when one of them holds for the question's group, or the question names no group (words beyond "which country recognised
    // Montenegro first") to hold it against.
    private Answer? FirstOfTheGroupAsked(Question question, List<Fact> pool)
    {
        var firsts = pool.Select(f => (Fact: f, Group: FirstGroup().Match(f.Statement))).Where(x => x.Group.Success).ToList();

        // What the statements say besides their groups ("gave official recognition") is the event, not a group.
        var eventTerms = firsts.SelectMany(x => composer.Knowledge.Analyzer.Terms(x.Fact.Statement.Remove(x.Group.Index, x.Group.Length))).ToHashSet(StringComparer.Ordinal);
        var asked = GroupTerms(question).Where(t => !eventTerms.Contains(t)).ToHashSet(StringComparer.Ordinal);
        if (firsts.Count == 0 || asked.Count == 0)
        {
            return null;
        }

        var askedEntities = question.Entities.Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        bool Holds((Fact Fact, System.Text.RegularExpressions.Match Group) first) =>
            composer.Knowledge.Analyzer.Terms(first.Group.Groups["group"].Value).Any(asked.Contains)
            || composer.Knowledge.EntitiesOfFact(first.Fact.Id).Any(id => id != MontenegroId && askedEntities.Contains(id) && !first.Fact.EntityIds.Take(1).Contains(id));
        // A group the question counts ("the big five", "the five veto powers") is a closed one the sources may name in other
        // words; only a group of all ("the whole world", "any other state") is one no first of a named group holds for.
        var counted = question.Lexicon.Phrases(Language.Cue.NumberWord).Any(p => p.Length == 1 && question.Words.Contains(p[0]));
        if (counted || firsts.Any(Holds))
        {
            return null;
        }

        var said = string.Join(" ", firsts.Select(x => x.Fact.Statement));
        return composer.Decline(Intent, "Not in my sources",
            $"My sources don't say which state was the first of all to recognise Montenegro. What they say of the first recognitions: {said}", question);
    }

    // The words of a question that could name the group it asks about: not the recognising, the ordering, the words that
    // only frame a question (Montenegro among them), or the kind of thing asked for ("which country").
    private HashSet<string> GroupTerms(Question question)
    {
        var lexicon = question.Lexicon;
        var framing = new[] { Language.Cue.First, Language.Cue.Last, Language.Cue.Before, Language.Cue.Compare, Language.Cue.CountryFocus, Language.Cue.Framing, Language.Cue.Who }
            .SelectMany(lexicon.Phrases).SelectMany(p => p).SelectMany(composer.Knowledge.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);
        return question.ContentTerms.Where(t => !framing.Contains(t) && t != "recognise" && composer.Knowledge.Index.Knows(t)).ToHashSet(StringComparer.Ordinal);
    }

    private string KnownList(IEnumerable<Fact> facts, Func<Fact, IEnumerable<string>> who) =>
        string.Join(", ", facts.Select(f => string.Join(" and ", who(f).Select(id => composer.Knowledge.EntitiesById[id].Name))
            + (f.Date is null ? string.Empty : $" ({f.Date.Text})")));

    // "the first permanent member of the United Nations Security Council to do so": the group the first is the first of. Not
    // "among the first states", which names no first.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\bamong\s)\bthe\s+first\s+(?<group>[\w\s']+?)\s+to\s+(?:do\s+so|recogni)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FirstGroup();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\b(?:was|is|were|been|get|got|gets)\s+)\bMontenegro\s+(?:itself\s+|also\s+|ever\s+|officially\s+)?recogni[sz](?:e|es|ed|ing)\b(?!\s+by\b)|\brecogni[sz]ed\s+by\s+Montenegro\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    internal static partial System.Text.RegularExpressions.Regex MontenegroRecognises();
}
