using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>Reads a parsed question into a <see cref="QuestionFrame"/> through the lexicon's cues.</summary>
internal static class FrameParser
{
    public static QuestionFrame Parse(Question question, NormalizedQuestion normalized)
    {
        var entities = question.Entities.Select(m => m.Entity).ToList();
        var pollster = entities.FirstOrDefault(e => e.Type == EntityType.Pollster)?.Id;
        var ordinal = question.Has(Cue.Highest) ? Ordinal.Highest
            : question.Has(Cue.Lowest) ? Ordinal.Lowest
            : question.Has(Cue.First) ? Ordinal.First
            : question.Has(Cue.Last) ? Ordinal.Last
            : Ordinal.None;
        var polarity = question.Has(Cue.Opposition) ? Polarity.Against : question.Has(Cue.Support) ? Polarity.For : Polarity.None;
        // "Is the Movement for Changes opposed to NATO?": a cue word inside a name the sources use ("changes") names the party,
        // so what the question asks is read from its other words.
        var cues = WithoutSourceNames(question);
        var intent = IntentOf(question, cues, entities, normalized);
        return new QuestionFrame(
            intent,
            AnswerTypeOf(cues, intent),
            entities.Where(e => e.Type != EntityType.Pollster).Select(e => e.Id).ToList(),
            question.Years,
            pollster,
            ordinal,
            polarity,
            normalized.Language,
            normalized.Script,
            question.Text);
    }

    private static Intent IntentOf(Question question, Question cues, IReadOnlyList<Entity> entities, NormalizedQuestion normalized)
    {
        // "thanks, that was useful": opens with thanks or a greeting and asks about nothing the sources hold (their
        // analysed terms: "hey, when did the Brits recognise Montenegro" asks about "recognise").
        // Nothing but chat fillers ("ok", "lol", "hmm"), which the lexicon drops: the user is talking, not asking. (Emoji or
        // punctuation alone say nothing at all, and get the polite decline.)
        if ((question.WordList.Count == 0 && normalized.Original.Any(char.IsLetter)) || question.IsOnly(Cue.Greeting, Cue.Thanks, Cue.Farewell, Cue.FollowUp)
            || ((question.StartsWith(Cue.Thanks) || question.StartsWith(Cue.Greeting)) && entities.Count == 0
                && question.Knowledge is { } kb && !question.ContentTerms.Any(t => kb.Index.Knows(t) && !IsCueTerm(question, t))))
        {
            return Intent.SmallTalk;
        }

        if (question.IsOnly(Cue.Help, Cue.Greeting, Cue.Thanks, Cue.FollowUp))
        {
            return Intent.Help;
        }

        var countries = entities.Count(e => e.Type is EntityType.Country or EntityType.Organisation && e.Id != "nato");
        if (cues.Has(Cue.Duration))
        {
            return Intent.Duration;
        }

        if (countries >= 2 && cues.Has(Cue.Compare))
        {
            return Intent.Comparison;
        }

        if (cues.Has(Cue.Why))
        {
            return Intent.Why;
        }

        if (cues.Has(Cue.Trend))
        {
            return Intent.Trend;
        }

        if (cues.Has(Cue.Count))
        {
            return Intent.Count;
        }

        if (cues.HasTerm("recognise"))
        {
            return Intent.Recognition;
        }

        if (cues.HasTerm("poll") || entities.Any(e => e.Type == EntityType.Pollster))
        {
            return cues.Has(Cue.Highest) || cues.Has(Cue.Lowest) ? Intent.Superlative : Intent.Poll;
        }

        if (cues.Has(Cue.Highest) || cues.Has(Cue.Lowest))
        {
            return Intent.Superlative;
        }

        if (cues.HasTerm("vote", "abstention"))
        {
            return Intent.Vote;
        }

        if (cues.Has(Cue.List))
        {
            return Intent.List;
        }

        if (cues.StartsWith(Cue.YesNo))
        {
            return Intent.YesNo;
        }

        if (cues.Has(Cue.Who))
        {
            return Intent.Person;
        }

        return countries == 1 && cues.HasTerm("relation", "relations", "relationship", "tie", "bilateral") ? Intent.Relations : Intent.General;
    }

    // The question with the words of the sources' proper names left out, or the question itself when it uses none.
    private static Question WithoutSourceNames(Question question)
    {
        if (question.Knowledge is not { } knowledge)
        {
            return question;
        }

        var covered = SourceNames.Covered(question.WordList, knowledge);
        return covered.Any(c => c) && !covered.All(c => c)
            ? Question.Parse(string.Join(" ", question.WordList.Where((_, i) => !covered[i])), knowledge)
            : question;
    }

    private static bool IsCueTerm(Question question, string term) =>
        new[] { Cue.Thanks, Cue.Greeting, Cue.Farewell, Cue.FollowUp, Cue.ThingPronoun }.SelectMany(question.Lexicon.Phrases).SelectMany(p => p).Any(w => question.Knowledge!.Analyzer.Terms(w).Contains(term));

    private static AnswerType AnswerTypeOf(Question question, Intent intent) => intent switch
    {
        Intent.Duration => AnswerType.Duration,
        Intent.Why => AnswerType.Reason,
        Intent.YesNo => AnswerType.YesNo,
        Intent.Count => AnswerType.Number,
        Intent.List => AnswerType.List,
        _ when question.Has(Cue.When) || question.StartsWith(Cue.When) => AnswerType.Date,
        _ when question.Has(Cue.Count) || question.Has(Cue.HowMuch) => AnswerType.Number,
        _ when question.Has(Cue.Who) => AnswerType.Person,
        _ => AnswerType.Text,
    };
}
