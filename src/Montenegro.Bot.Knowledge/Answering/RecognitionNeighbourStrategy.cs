using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Who recognised Montenegro after Russia?", "which country came just before the UK?", "did anyone recognise it before
/// Russia?": the one state named is the point of reference, and what is asked is the recognition next to it in date order,
/// not its own. The sources' recognitions on the nearest date after (or before) the named one's answer it; when there is
/// none, the bot says the named one is the latest (or earliest) it dates. A question naming a second state ("did the UK
/// recognise it after Russia?") compares the two, which the comparison of dated events does.
/// </summary>
internal sealed partial class RecognitionNeighbourStrategy(AnswerComposer composer, RecognitionStrategy recognitions) : IAnswerStrategy
{
    public Answer? TryAnswer(Question question)
    {
        // "How long after the US recognised Montenegro were relations established?" measures from the recognition.
        if (!question.HasTerm("recognise") || RecognitionStrategy.MontenegroRecognises().IsMatch(question.Text)
            || question.Has(Cue.Duration) || question.Has(Cue.Count))
        {
            return null;
        }

        var named = question.EntitiesOf(EntityType.Country, EntityType.Organisation).Where(e => e.Id is not ("nato" or "united-nations" or "montenegro")).ToList();
        if (named.Count != 1 || Direction(question, named[0]) is not { } after)
        {
            return null;
        }

        var pool = recognitions.OfMontenegro.Where(f => f.Date is { Day: not null }).ToList();
        var ownFacts = pool.Where(f => f.EntityIds.Contains(named[0].Id)).OrderBy(f => f.Date).ToList();
        if (ownFacts.Count == 0)
        {
            return null;
        }

        var own = ownFacts[0];
        var others = pool.Where(f => !f.EntityIds.Contains(named[0].Id) && (after ? f.Date!.CompareTo(own.Date) > 0 : f.Date!.CompareTo(own.Date) < 0)).ToList();
        var reference = $"{own.Label} ({own.Date!.Text})";
        if (others.Count == 0)
        {
            return composer.Decline(RecognitionStrategy.Intent, "Not in my sources",
                $"My sources name no recognition {(after ? "after" : "before")} {reference}: it is the {(after ? "latest" : "earliest")} they date to the day.",
                question, composer.Sources([own], question));
        }

        var nearest = after ? others.Min(f => f.Date!)! : others.Max(f => f.Date!)!;
        var next = others.Where(f => f.Date!.CompareTo(nearest) == 0).ToList();
        return composer.FromFacts(RecognitionStrategy.Intent, "Recognition of Montenegro", next, question,
            $"The nearest recognition {(after ? "after" : "before")} {reference} in my sources:");
    }

    // True for "after", false for "before", null when the name is not governed by either ("when did Russia recognise ...").
    private static bool? Direction(Question question, Entity named)
    {
        var mentions = question.Entities.Where(m => m.Entity.Id == named.Id).Select(m => m.Text).ToList();
        if (mentions.Count == 0)
        {
            return null;
        }

        foreach (var (cue, after) in new[] { (Cue.After, true), (Cue.Before, false) })
        {
            if (mentions.Any(m => question.NamedAfter(m, cue)))
            {
                // "... after the US recognised Montenegro were relations established?": the recognition is the clause measured
                // from, and what is asked happened after it, unless the question asks for a recognition besides.
                var clause = mentions.Any(m => Regex.IsMatch(question.Text, $@"\b{Regex.Escape(m)}\s+(?:\w+\s+)?recogni", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
                return clause && RecognitionWord().Matches(question.Text).Count < 2 ? null : after;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\brecogni", RegexOptions.IgnoreCase)]
    private static partial Regex RecognitionWord();
}
