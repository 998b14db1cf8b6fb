using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>Who recognised Montenegro's independence, and when.</summary>
internal sealed partial class RecognitionStrategy(AnswerComposer composer) : IAnswerStrategy
{
    public const string Intent = "recognition";

    private readonly IReadOnlyList<Fact> _facts = composer.Knowledge.Facts
        .Where(f => f.Topic == Intent)
        .OrderBy(f => f.Date ?? new FactDate(string.Empty, 9999, null, null))
        .ToList();

    public Answer? TryAnswer(Question question)
    {
        if (!question.HasTerm("recognise"))
        {
            return null;
        }

        var named = question.EntitiesOf(EntityType.Country, EntityType.Organisation)
            .Where(e => e.Id is not ("nato" or "united-nations"))
            .ToList();
        if (named.Count > 0)
        {
            var matching = _facts.Where(f => f.EntityIds.Any(id => named.Any(e => e.Id == id))).ToList();
            var missing = named.Where(e => !matching.Any(f => f.EntityIds.Contains(e.Id))).ToList();
            if (matching.Count == 0)
            {
                var names = string.Join(" or ", missing.Select(e => e.Name));
                var byMontenegro = MontenegroRecognises().IsMatch(question.Text);
                return composer.Decline(
                    Intent,
                    "Not in my sources",
                    byMontenegro
                        ? $"My sources don't say whether or when Montenegro recognised {names}. They only cover who recognised Montenegro: {KnownList()}."
                        : $"My sources don't say when {names} recognised Montenegro. They give the recognitions by {KnownList()}.",
                    question);
            }

            var lead = missing.Count > 0 ? $"My sources don't say when {string.Join(" or ", missing.Select(e => e.Name))} recognised Montenegro." : null;
            return composer.FromFacts(Intent, matching.Count == 1 ? matching[0].Label : "Recognition of Montenegro", matching, question, lead);
        }

        // "Who recognised Montenegro on 12 June?"
        if (question.Days.Count > 0)
        {
            var onDay = _facts.Where(f => f.Date is { } d && question.Days.Contains((d.Day ?? 0, d.Month ?? 0))).ToList();
            if (onDay.Count > 0)
            {
                return composer.FromFacts(Intent, "Recognition of Montenegro", onDay, question);
            }
        }

        // A question about one recognition's details ("Who wrote to Vlahović?") gets that fact alone.
        var best = _facts
            .Select(f => (Fact: f, Coverage: Coverage.Of(question.ContentTerms, composer.Knowledge.Index.TermsOf(f.Id), composer.Knowledge.Index)))
            .OrderByDescending(x => x.Coverage)
            .ToList();
        if (best.Count > 1 && best[0].Coverage >= FactStrategy.MinCoverage && best[0].Coverage > best[1].Coverage + 0.1)
        {
            return composer.FromFacts(Intent, best[0].Fact.Label, [best[0].Fact], question);
        }

        if (question.HasWord("first", "earliest"))
        {
            var first = _facts.Where(f => f.Statement.Contains("first", StringComparison.OrdinalIgnoreCase)).Take(1).ToList();
            return composer.FromFacts(Intent, "The first recognitions", first, question);
        }

        if (question.HasWord("last", "latest"))
        {
            var last = _facts.Where(f => f.Statement.Contains("last", StringComparison.OrdinalIgnoreCase)).ToList();
            return composer.FromFacts(Intent, "The last permanent Security Council members to recognise Montenegro", last, question);
        }

        return composer.FromFacts(Intent, "Recognition of Montenegro's independence", _facts, question,
            "My sources name these recognitions of Montenegro's independence (2006):");
    }

    private string KnownList() =>
        string.Join(", ", _facts.Select(f => f.EntityIds.Select(id => composer.Knowledge.EntitiesById[id].Name).First()
            + (f.Date is null ? string.Empty : $" ({f.Date.Text})")));

    [System.Text.RegularExpressions.GeneratedRegex(@"\bMontenegro\s+(recogni[sz]e|recogni[sz]ed)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MontenegroRecognises();
}
