using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "How many went to Liberia?" after where else Montenegro sent peacekeepers: the passage counts the soldiers sent to
/// Afghanistan and only names Liberia, so its count is no answer for Liberia. A count follow-up naming a country is
/// answered only by a sentence that names the country and gives a number; else the sources leave the count open.
/// </summary>
internal static class UncountedPlace
{
    private const string Home = "montenegro";

    /// <summary>
    /// The name of the country the count follow-up asks about, when the answer names it only in sentences with no number
    /// (a year aside); null when the follow-up asks no count of a foreign country, or a sentence naming it gives one.
    /// </summary>
    public static string? Uncounted(Question asked, Answer answer, KnowledgeBase knowledge)
    {
        if (!answer.Answered || !asked.Has(Cue.Count))
        {
            return null;
        }

        var countries = asked.Entities.Select(m => m.Entity).Where(e => e.Type == EntityType.Country && e.Id != Home).DistinctBy(e => e.Id).ToList();
        if (countries.Count == 0)
        {
            return null;
        }

        var numberWords = asked.Lexicon.Phrases(Cue.SpokenNumber).Where(p => p.Length == 2).Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
        var sentences = SentenceSplitter.Split(answer.Text).Select(s => s.Sentence).ToList();
        foreach (var country in countries)
        {
            var naming = sentences.Where(s => knowledge.Recognizer.Recognize(s).Any(m => m.Entity.Id == country.Id)).ToList();
            if (naming.Count > 0 && !naming.Any(s => GivesNumber(s, numberWords)))
            {
                return country.Name;
            }
        }

        return null;
    }

    // A figure in digits that is no year, or a number word ("forty", the "three" of "three-member").
    private static bool GivesNumber(string sentence, IReadOnlySet<string> numberWords) =>
        Regex.Matches(sentence, @"\d+(?:[.,]\d+)?").Any(m => !IsYear(m.Value))
        || Regex.Split(sentence.ToLowerInvariant(), @"[^\p{L}]+").Any(numberWords.Contains);

    private static bool IsYear(string digits) => digits.Length == 4 && digits[0] is '1' or '2';
}
