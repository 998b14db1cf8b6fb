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

        return !AsksForecast(question) || StatesExpectation(question, text);
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
        return words.Count > 1 && question.Lexicon.Words(Cue.Interrogative).Contains(words[0]) && question.Lexicon.Words(Cue.FutureLead).Contains(words[1]);
    }

    // A sentence stating an expectation ("would", "plans") of the asked deed: one holding most of the question's own words
    // besides its names ("reopen", "consulate"), not an expectation of something else in a passage about the same country.
    private static bool StatesExpectation(Question question, string text)
    {
        if (question.Knowledge is not { } knowledge)
        {
            return true;
        }

        var asked = question.PredicateTerms;
        return SentenceBreak().Split(text).Any(sentence =>
        {
            var words = EvidenceSentences.Words(sentence);
            if (!EvidenceSentences.Has(words, Cue.ExpectedOnly, question.Lexicon))
            {
                return false;
            }

            var terms = knowledge.Analyzer.Terms(sentence).ToHashSet(StringComparer.Ordinal);
            return asked.Count == 0 || (asked.Count(t => question.Covers(t, terms)) * 2 > asked.Count && ExpectsWhatIsAsked(question, knowledge, words));
        });
    }

    // The expectation bears on the asked deed: a word of what is asked stands after the expectation word and not before
    // it ("Montenegro would join"). "The next step is the ratification of the agreement, which would formalize deeper
    // cooperation" expects what the agreement would do, not that it will be ratified.
    private static bool ExpectsWhatIsAsked(Question question, KnowledgeBase knowledge, IReadOnlyList<string> words)
    {
        var at = EvidenceSentences.PhraseStarts(words, Cue.ExpectedOnly, question.Lexicon).Min(p => p.Start);
        var before = knowledge.Analyzer.Terms(string.Join(' ', words.Take(at))).ToHashSet(StringComparer.Ordinal);
        var after = knowledge.Analyzer.Terms(string.Join(' ', words.Skip(at))).ToHashSet(StringComparer.Ordinal);
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
