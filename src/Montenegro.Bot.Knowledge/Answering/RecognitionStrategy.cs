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
    private IEnumerable<Fact> OfMontenegro => _facts.Where(f => !ByMontenegro(f));

    private static bool ByMontenegro(Fact fact) => fact.EntityIds.Count > 0 && fact.EntityIds[0] == MontenegroId;

    // Whom Montenegro recognised: what the sentence names as recognised, or else the other states it names.
    private static IEnumerable<string> Recognised(Fact fact) => fact.ObjectIds.Count > 0 ? fact.ObjectIds : fact.EntityIds.Skip(1);

    public Answer? TryAnswer(Question question)
    {
        if (!question.HasTerm("recognise"))
        {
            return null;
        }

        var named = question.EntitiesOf(EntityType.Country, EntityType.Organisation)
            .Where(e => e.Id is not ("nato" or "united-nations"))
            .ToList();
        var asksByMontenegro = MontenegroRecognises().IsMatch(question.Text);
        var pool = (asksByMontenegro ? _facts.Where(ByMontenegro) : OfMontenegro).ToList();
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

    private string KnownList(IEnumerable<Fact> facts, Func<Fact, IEnumerable<string>> who) =>
        string.Join(", ", facts.Select(f => string.Join(" and ", who(f).Select(id => composer.Knowledge.EntitiesById[id].Name))
            + (f.Date is null ? string.Empty : $" ({f.Date.Text})")));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\b(?:was|is|were|been|get|got|gets)\s+)\bMontenegro\s+(?:itself\s+|also\s+|ever\s+|officially\s+)?recogni[sz](?:e|es|ed|ing)\b(?!\s+by\b)|\brecogni[sz]ed\s+by\s+Montenegro\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MontenegroRecognises();
}
