using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Who recognised Montenegro after Russia?", "which country came just before the UK?", "did anyone recognise it before
/// Russia?", "who recognised it on the same day as the US?": the one state named is the point of reference, and what is
/// asked is the recognition next to it in date order (or on its date), not its own. The sources' recognitions on the
/// nearest date after (or before, or on) the named one's answer it; when there is none, the bot says so. A question
/// naming a second state ("did the UK recognise it after Russia?") compares the two, which the comparison of dated events
/// does.
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
        if (named.Count != 1 || Direction(question, named[0]) is not { } direction)
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
        var others = pool.Where(f => !f.EntityIds.Contains(named[0].Id) && Math.Sign(f.Date!.CompareTo(own.Date)) == (int)direction).ToList();
        var reference = $"{own.Label} ({own.Date!.Text})";
        var relation = direction switch { Neighbour.After => "after", Neighbour.Before => "before", _ => "on the same day as" };
        if (others.Count == 0)
        {
            var end = direction switch
            {
                Neighbour.After => ": it is the latest they date to the day.",
                Neighbour.Before => ": it is the earliest they date to the day.",
                _ => ".",
            };
            return composer.Decline(RecognitionStrategy.Intent, "Not in my sources",
                $"My sources name no recognition {relation} {reference}{end}", question, composer.Sources([own], question));
        }

        var nearest = direction == Neighbour.Before ? others.Max(f => f.Date!)! : others.Min(f => f.Date!)!;
        var next = others.Where(f => f.Date!.CompareTo(nearest) == 0).ToList();
        var lead = direction == Neighbour.Same
            ? $"Recognitions on the same day as {reference} in my sources:"
            : $"The nearest recognition {relation} {reference} in my sources:";
        return composer.FromFacts(RecognitionStrategy.Intent, "Recognition of Montenegro", next, question, lead);
    }

    // Which neighbour the name is the reference of; null when no cue governs it ("when did Russia recognise ...").
    private static Neighbour? Direction(Question question, Entity named)
    {
        var mentions = question.Entities.Where(m => m.Entity.Id == named.Id).Select(m => m.Text).ToList();
        if (mentions.Count == 0)
        {
            return null;
        }

        if (mentions.Any(m => question.NamedAfter(m, Cue.SameDayAs)))
        {
            return Neighbour.Same;
        }

        foreach (var (cue, neighbour) in new[] { (Cue.After, Neighbour.After), (Cue.Before, Neighbour.Before) })
        {
            if (mentions.Any(m => question.NamedAfter(m, cue)))
            {
                // "... after the US recognised Montenegro were relations established?": the recognition is the clause measured
                // from, and what is asked happened after it, unless the question asks for a recognition besides.
                var clause = mentions.Any(m => Regex.IsMatch(question.Text, $@"\b{Regex.Escape(m)}\s+(?:\w+\s+)?recogni", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
                return clause && RecognitionWord().Matches(question.Text).Count < 2 ? null : neighbour;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\brecogni", RegexOptions.IgnoreCase)]
    private static partial Regex RecognitionWord();

    // The sign of a neighbour's date compared with the reference's.
    private enum Neighbour
    {
        Before = -1,
        Same = 0,
        After = 1,
    }
}
