using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Questions the sources can answer only by saying so themselves: a person's age ("how old was MacKay"), a judgement ("was it a mistake to join NATO?", "should
/// Montenegro have held a referendum?", "which pollster is the most reliable?") and a forecast ("will Russia reopen its
/// consulate?"). A text that tells what happened is no verdict on it and no forecast of what comes next: the first is
/// answered only by a text stating that judgement in its own words ("a mistake"), the second by one stating the asked deed
/// as planned or expected ("would", "plans"). Otherwise the bot declines rather than pass off an event as its opinion.
/// </summary>
internal static partial class AskedJudgement
{
    /// <summary>Whether <paramref name="text"/> states the judgement or forecast the question asks for, if it asks for one.</summary>
    public static bool Fits(Question question, string text)
    {
        var lexicon = question.Lexicon;

        // "Do you think ...", "should Montenegro have ...": the bot's own view is asked, which no source gives.
        if (question.StartsWith(Cue.OpinionLead))
        {
            return false;
        }

        // "Was it a mistake ...": each judging phrase of the question is one the text itself uses.
        // The words of the text are read only for a question that judges: this check runs on every candidate answer.
        if (question.Has(Cue.Evaluation))
        {
            var questionWords = EvidenceSentences.Words(question.Text);
            var words = EvidenceSentences.Words(text);
            foreach (var phrase in lexicon.Phrases(Cue.Evaluation))
            {
                if (Holds(questionWords, phrase) && !Holds(words, phrase))
                {
                    return false;
                }
            }
        }

        // "How old was MacKay when he wrote ...": the letter's sentence names him, but no age.
        if (question.Has(Cue.AgeAsked) && !AgePattern().IsMatch(text))
        {
            return false;
        }

        // "Will parliament ratify it?" asks whether it will happen, which a plan ("the next step is the ratification")
        // does not settle; "what is Montenegro expected to ratify next?" asks what is planned, which it tells.
        return !AsksForecast(question) || StatesExpectation(question, text, withPlans: !question.StartsWith(Cue.YesNo) && !question.StartsWith(Cue.FutureLead));
    }

    // "Will Russia reopen its consulate?" and "when will that be ratified?": the future, asked outright or right after the
    // question word, or in other words in a question not put in the past ("when is it going to be ratified?", "when is
    // parliament scheduled to vote?").
    private static bool AsksForecast(Question question)
    {
        if (question.StartsWith(Cue.FutureLead) || (question.Has(Cue.ForecastPhrase) && !question.Has(Cue.PastTense)))
        {
            return true;
        }

        var words = question.WordList;
        return (words.Count > 1 && question.Lexicon.Words(Cue.Interrogative).Contains(words[0]) && question.Lexicon.Words(Cue.FutureLead).Contains(words[1]))
            || GoingToDo(question);
    }

    // "Is Montenegro going to ratify it?": "going to" before a verb is the future; before an article or a name it is a
    // journey ("kept going to Montenegro", "going to the mission").
    private static bool GoingToDo(Question question)
    {
        if (question.Has(Cue.PastTense))
        {
            return false;
        }

        var words = question.WordList;
        var knowledge = question.Knowledge;
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i] == "going" && words[i + 1] == "to" && !question.Lexicon.Articles.Contains(words[i + 2])
                && !words[i + 2].Any(char.IsAsciiDigit) && (knowledge is null || knowledge.Recognizer.Recognize(words[i + 2]).Count == 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Has Montenegro ratified the security agreement with Ukraine?" answered by "the next step for Montenegro is the
    /// ratification of ...": a question on whether a deed happened, not on what was expected or will be, whose evidence tells
    /// the deed only as expected.
    /// </summary>
    internal static bool TellsOnlyAsExpected(Question question, string text) =>
        question.PredicateTerms.Count > 0 && !AsksForecast(question) && AsksWhatWas(question) && !question.Has(Cue.Negation)
        && !EvidenceSentences.Has(question.WordList, Cue.ExpectedOnly, question.Lexicon)
        && StatesExpectation(question, text, withPlans: true) && NothingAskedBeforeTheExpectation(question, text);

    // "Degtyarev threatened that membership would make Montenegro a target of Russian missiles": the threat asked about is
    // told before the expectation word, so it happened; only what follows "would" is expected.
    private static bool NothingAskedBeforeTheExpectation(Question question, string text)
    {
        if (question.Knowledge is not { } knowledge)
        {
            return false;
        }

        var words = EvidenceSentences.Words(SentenceBreak().Split(text)[0]);
        return ExpectationAt(question, words, [Cue.ExpectedOnly, Cue.PlannedStep]) is { } at
            && !question.PredicateTerms.Any(t => question.Covers(t, TermsOf(knowledge, words.Take(at))));
    }

    // Where the first word of expectation (of the given cues) stands in a sentence's words; null for none.
    private static int? ExpectationAt(Question question, IReadOnlyList<string> words, IReadOnlyList<Cue> cues) =>
        cues.SelectMany(cue => EvidenceSentences.PhraseStarts(words, cue, question.Lexicon)).Select(p => (int?)p.Start).Min();

    private static HashSet<string> TermsOf(KnowledgeBase knowledge, IEnumerable<string> words) =>
        knowledge.Analyzer.Terms(string.Join(' ', words)).ToHashSet(StringComparer.Ordinal);

    // "Did it ...?", "has it ...?", "was it ...?": whether a deed was done, not whether it is or will be.
    private static bool AsksWhatWas(Question question) =>
        question.WordList.SkipWhile(question.Lexicon.Words(Cue.FollowUp).Contains).FirstOrDefault() is { } first
        && (question.Lexicon.Words(Cue.PastTense).Contains(first) || first is "has" or "have" or "hasnt" or "havent");

    // A sentence stating an expectation ("would", "plans") of the asked deed: one holding most of the question's own words
    // besides its names ("reopen", "consulate"), not an expectation of something else in a passage about the same country.
    private static bool StatesExpectation(Question question, string text, bool withPlans)
    {
        if (question.Knowledge is not { } knowledge)
        {
            return true;
        }

        var asked = question.PredicateTerms;
        return SentenceBreak().Split(text).Any(sentence =>
        {
            var words = EvidenceSentences.Words(sentence);
            var cues = withPlans ? new[] { Cue.ExpectedOnly, Cue.PlannedStep } : [Cue.ExpectedOnly];
            if (!cues.Any(cue => EvidenceSentences.Has(words, cue, question.Lexicon)))
            {
                return false;
            }

            var terms = knowledge.Analyzer.Terms(sentence).ToHashSet(StringComparer.Ordinal);
            return asked.Count == 0 || (asked.Count(t => question.Covers(t, terms)) * 2 > asked.Count && ExpectsWhatIsAsked(question, knowledge, words, cues));
        });
    }

    // The expectation bears on the asked deed: a word of what is asked stands after the expectation word and not before
    // it ("Montenegro would join"). "The next step is the ratification of the agreement, which would formalize deeper
    // cooperation" expects what the agreement would do, not that it will be ratified.
    private static bool ExpectsWhatIsAsked(Question question, KnowledgeBase knowledge, IReadOnlyList<string> words, IReadOnlyList<Cue> cues)
    {
        var at = ExpectationAt(question, words, cues) ?? 0;
        var before = TermsOf(knowledge, words.Take(at));
        var after = TermsOf(knowledge, words.Skip(at));
        return question.PredicateTerms.Any(t => question.Covers(t, after) && !question.Covers(t, before));
    }

    private static bool Holds(IReadOnlyList<string> words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Count; i++)
        {
            if (phrase.Select((w, k) => string.Equals(words[i + k], w, StringComparison.Ordinal)).All(same => same))
            {
                return true;
            }
        }

        return false;
    }

    // An age as the sources would state it: "aged 54", "at the age of 54", "a 54-year-old".
    [GeneratedRegex(@"\bage[ds]?\b|\b[0-9]+[\s-]+years?[\s-]+old\b|\byear-old\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgePattern();

    [GeneratedRegex(@"(?<=[.!?;])\s+|\n+")]
    private static partial Regex SentenceBreak();
}
