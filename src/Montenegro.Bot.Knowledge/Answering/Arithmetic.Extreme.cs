using System.Globalization;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "What's the biggest number of Russian diplomats Montenegro expelled in one go?" over "five diplomats expelled in
/// March/April 2022 then six more … in September": the largest (or smallest) of the counts of one thing a sentence states,
/// put before the cited text.
/// </summary>
internal static partial class Arithmetic
{
    // The largest or smallest count the question asks for, or null when it asks for no extreme of a count, or the text gives no
    // two counts of what it counts to choose from.
    private static Answer? Extreme(Question question, Answer answer, KnowledgeBase knowledge, Func<string, Answer> ask)
    {
        var lexicon = question.Lexicon;
        var (highest, lowest) = (question.Has(Cue.Highest), question.Has(Cue.Lowest));
        // "Most recent" is an order in time, a share is a poll's figure, and a total or difference is worked out elsewhere.
        if (highest == lowest || !question.Has(Cue.Count) || question.Has(Cue.Last) || question.Has(Cue.Percentage)
            || question.Has(Cue.Total) || question.Has(Cue.Difference) || answer.Kind == AnswerKind.Computed || answer.Intent == PollStrategy.Intent)
        {
            return null;
        }

        // The extreme is of the number itself ("the biggest number of", "the smallest figure"), not of a side the question
        // names ("the largest number of votes against" is the one count against), nor of a time ("most recently").
        if (!ExtremeOfTheNumber(question) || question.Has(Cue.Opposition) || question.Has(Cue.StanceFor) || question.Has(Cue.StanceAgainst))
        {
            return null;
        }

        var (noun, whose) = CountedNoun(question, knowledge);
        if (noun is null)
        {
            return null;
        }

        // The words of the extreme are no words of the sources, and may be all that kept the counts from being found.
        var stated = answer;
        if (!answer.Answered)
        {
            var plain = Without(question.Text, lexicon.Phrases(Cue.Highest).Concat(lexicon.Phrases(Cue.Lowest)));
            if (plain.Length == 0 || plain == Collapse(question.Text) || ask(plain) is not { Answered: true } again || again.Kind == AnswerKind.Computed)
            {
                return null;
            }

            stated = again;
        }

        foreach (var line in stated.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var (_, sentence) in SentenceSplitter.Split(line.TrimStart('•', ' ')))
            {
                var counts = StatedCountReader.Read(sentence, knowledge).Where(c => !c.IsPercent && Fits(c, whose, knowledge)).ToList();
                foreach (var group in Groups(counts, sentence, lexicon))
                {
                    var ofNoun = group.Where(c => c.Noun == noun).Select(c => c.Count.Value).ToList();
                    if (ofNoun.Count >= 2 && ofNoun.Distinct().Count() >= 2)
                    {
                        return WithExtreme(stated, ofNoun, highest);
                    }
                }
            }
        }

        return null;
    }

    // A word of the extreme right before the number it qualifies: "biggest number", "smallest figure", "largest count".
    private static bool ExtremeOfTheNumber(Question question)
    {
        var words = question.WordList;
        var lexicon = question.Lexicon;
        var extremes = lexicon.Words(Cue.Highest).Concat(lexicon.Words(Cue.Lowest)).ToHashSet(StringComparer.Ordinal);
        var numbers = lexicon.Words(Cue.FigureNoun).Concat(lexicon.Phrases(Cue.Count).Where(p => p.Length > 1).Select(p => p[0])).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, Math.Max(0, words.Count - 1)).Any(i => extremes.Contains(words[i]) && numbers.Contains(words[i + 1]));
    }

    private static Answer WithExtreme(Answer answer, IReadOnlyList<decimal> values, bool highest)
    {
        static string Show(decimal v) => v.ToString("0.##########", CultureInfo.InvariantCulture);
        var pick = highest ? values.Max() : values.Min();
        var which = highest ? "largest" : "smallest";
        var lead = $"{Show(pick)}, the {which} of the counts stated ({string.Join(" and ", values.Select(Show))}).";
        AnswerField[] fields = [new AnswerField(highest ? "Largest" : "Smallest", Show(pick)), new AnswerField("Of", string.Join(", ", values.Select(Show)))];
        return answer with { Text = lead + " " + answer.Text, Fields = [.. fields, .. answer.Fields] };
    }
}
