using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "What number entry was Montenegro on the DXCC list?", "what place did it get on that list?": a question asking which place
/// something took in a row, not how many there were, answered by the sentence of the sources that states a place in a row
/// (an ordinal: "as the 336th entry", "its 29th member") and covers what the question names. "What number of ..." counts,
/// and is left to the counts.
/// </summary>
internal sealed partial class RankStrategy(AnswerComposer composer) : IAnswerStrategy
{
    /// <summary>The intent of a place-in-a-row answer.</summary>
    public const string Intent = "rank";

    // The share of the question's words (but those that ask for a place) the sentence must cover: the place must be the
    // place of what is asked about, not of any entry of any list.
    private const double MinCoverage = 0.5;

    public Answer? TryAnswer(Question question)
    {
        if (AskedPlace(question) is not { } kind)
        {
            return null;
        }

        var knowledge = composer.Knowledge;
        // A verb that only carries the place ("what number member did that make it?") is no part of what is placed.
        var asking = new[] { Cue.RankAsked, Cue.RecordNoun, Cue.SupportVerb }.SelectMany(question.Lexicon.Phrases).SelectMany(p => p).SelectMany(knowledge.Analyzer.Terms)
            .ToHashSet(StringComparer.Ordinal);
        var terms = question.PredicateTerms.Where(t => !asking.Contains(t)).ToList();
        var named = question.Entities.Select(m => m.Entity.Id).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        (string PassageId, string Sentence, double Coverage)? best = null;
        foreach (var passage in knowledge.Passages.Where(p => p.IsAnswerable && named.All(knowledge.EntitiesIn(p.Id).Contains)))
        {
            var context = knowledge.Index.ContextOf(passage.Id);
            foreach (var (_, sentence) in SentenceSplitter.Split(passage.Text))
            {
                // "What number member of the UN" is not answered by "the 336th entry based on membership in the UN": the place
                // must be one of the kind asked, when the question names one.
                if (!Ordinal().Matches(sentence).Any(m => kind.Length == 0 || NounAfter(sentence, m).StartsWith(kind, StringComparison.Ordinal)))
                {
                    continue;
                }

                var coverage = Coverage.Of(question, terms, knowledge.Analyzer.Terms(sentence).ToHashSet(StringComparer.Ordinal), knowledge.Index, context);
                if (coverage >= MinCoverage && (best is null || coverage > best.Value.Coverage))
                {
                    best = (passage.Id, sentence.Trim(), coverage);
                }
            }
        }

        return best is { } found
            ? new Answer(true, Intent, "Place in the row, according to my sources", found.Sentence, [], [composer.Source(found.PassageId, question)], [])
            : null;
    }

    // The kind of place a phrase asking for one names after it ("what number entry": "entry"), empty when it names none
    // ("what number did it get"); null when the question asks for no place, or for a count ("what number of").
    private static string? AskedPlace(Question question)
    {
        var words = EvidenceSentences.Words(question.Text);
        var framing = question.Lexicon.Words(Cue.Framing);
        foreach (var (start, length) in EvidenceSentences.PhraseStarts(words, Cue.RankAsked, question.Lexicon))
        {
            var next = start + length < words.Count ? words[start + length] : string.Empty;
            if (next != "of")
            {
                return framing.Contains(next) || question.Lexicon.Articles.Contains(next) ? string.Empty : next;
            }
        }

        return null;
    }

    // The word after an ordinal ("336th entry": "entry").
    private static string NounAfter(string sentence, Match ordinal) =>
        EvidenceSentences.Words(sentence[(ordinal.Index + ordinal.Length)..]).FirstOrDefault() ?? string.Empty;

    // An ordinal written in digits: "336th", "29th", "1st".
    [GeneratedRegex(@"\b[0-9]+(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();
}
