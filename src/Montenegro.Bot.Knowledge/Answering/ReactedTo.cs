using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "How did Russia respond to the expulsions?": a reaction asked of is a reaction to what the question names. A text telling
/// of a reaction to something else ("Russia's hostile reaction to Montenegro's NATO bid") answers another question, though
/// it holds every name and the reaction. A text that tells a reaction without saying to what ("wasted no time in
/// responding") is left to the other checks.
/// </summary>
internal static partial class ReactedTo
{
    // The most words of a question's "to ..." read as what was reacted to.
    private const int MaxObjectWords = 6;

    /// <summary>Whether <paramref name="answer"/> tells, of every reaction it says is to something, one to what was asked.</summary>
    public static bool Fits(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (!answer.Answered || AskedObject(question, knowledge) is not { Count: > 0 } asked)
        {
            return true;
        }

        var told = ToldObjects().Matches(answer.Text)
            .Select(m => knowledge.Analyzer.Terms(m.Groups["object"].Value).ToHashSet(StringComparer.Ordinal))
            .ToList();
        return told.Count == 0 || told.Any(terms => asked.Any(term => question.Covers(term, terms)));
    }

    // The terms of what the question asks a reaction to ("respond to the expulsions": expulsion), Montenegro aside: every
    // source is about it, so it tells no two reactions apart.
    private static List<string>? AskedObject(Question question, KnowledgeBase knowledge)
    {
        var words = question.WordList;
        if (words.Count < 2)
        {
            return null;
        }

        var verbs = question.Lexicon.Words(Cue.Reaction);
        var nouns = question.Lexicon.Words(Cue.ReactionNoun);
        var at = Enumerable.Range(0, words.Count - 1).FirstOrDefault(i => (verbs.Contains(words[i]) || nouns.Contains(words[i])) && words[i + 1] == "to", -1);
        if (at < 0)
        {
            return null;
        }

        var home = knowledge.EntitiesById.GetValueOrDefault("montenegro");
        var homeTerms = home is null ? [] : knowledge.NameTermsOf(home).SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
        return words.Skip(at + 2).Take(MaxObjectWords).SelectMany(knowledge.Analyzer.Terms).Where(t => !homeTerms.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
    }

    // "reaction to ...", "responded sharply to ...": what a text says a reaction was to, up to the end of its clause. Only the
    // forms of "respond" and "response", not "responsible" or "respondents".
    [GeneratedRegex(@"\b(?:react\p{L}*|respon(?:ds?|ded|ding|ses?)\b|retaliat\p{L}*)(?:\s+\p{L}+){0,2}?\s+to\s+(?<object>[^.,;:()]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ToldObjects();
}
