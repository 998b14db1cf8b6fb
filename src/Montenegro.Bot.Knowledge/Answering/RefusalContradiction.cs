using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Did Montenegro hand Dmitry Senin over to Russia?" answered by "Montenegro refused to extradite Dmitry Senin": the
/// evidence refuses the act the question asks happened, so the answer is "No.". The act is recognised by what the question
/// names of it: every word it shares with the evidence lies in the refused clause ("Dmitry Senin"), none outside it
/// ("granted asylum" is a thing that did happen).
/// </summary>
internal static class RefusalContradiction
{
    /// <summary>"No." when the evidence refuses what the question asks happened; otherwise null.</summary>
    public static string? Verdict(Question question, Answer answer, KnowledgeBase knowledge)
    {
        var lexicon = knowledge.Lexicon;
        if (question.Has(Cue.Negation) || EvidenceSentences.Has(EvidenceSentences.Words(question.Text), Cue.Refusal, lexicon))
        {
            return null;
        }

        foreach (var sentence in EvidenceSentences.Of(answer))
        {
            var words = EvidenceSentences.Words(sentence);
            foreach (var (start, length) in EvidenceSentences.PhraseStarts(words, Cue.Refusal, lexicon))
            {
                if (AsksTheRefusedAct(question, knowledge, sentence, words, start + length))
                {
                    return "No.";
                }
            }
        }

        return null;
    }

    private static bool AsksTheRefusedAct(Question question, KnowledgeBase knowledge, string sentence, IReadOnlyList<string> words, int clauseStart)
    {
        // The refused clause runs to the next comma after the refusal: "refused to extradite Dmitry Senin, a former …
        // Colonel who had …", whatever comma comes before it ("In August 2023, Montenegro refused …").
        var segmentEnds = sentence.Split(',').Select(segment => EvidenceSentences.Words(segment).Count)
            .Aggregate(new List<int>(), (ends, count) => { ends.Add((ends.Count == 0 ? 0 : ends[^1]) + count); return ends; });
        var clauseEnd = segmentEnds.FirstOrDefault(end => end > clauseStart, words.Count);
        var clause = knowledge.Analyzer.Terms(string.Join(' ', words.Skip(clauseStart).Take(clauseEnd - clauseStart))).ToHashSet(StringComparer.Ordinal);
        var rest = knowledge.Analyzer.Terms(string.Join(' ', words.Take(clauseStart).Concat(words.Skip(clauseEnd)))).ToHashSet(StringComparer.Ordinal);
        var asked = question.PredicateTerms.Where(t => !question.UnfamiliarTerms.Contains(t)).ToList();
        return asked.Any(clause.Contains) && !asked.Any(t => rest.Contains(t) && !clause.Contains(t));
    }
}
