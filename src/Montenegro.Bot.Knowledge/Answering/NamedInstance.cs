using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Which newspaper reported the decision?", "what was the counter-campaign called?": a question for one of a class is
/// answered by a text that names one in the role asked, though it never says the class word: the outlet is named right
/// before the reporting verb or after "by" ("Dnevne Novine reported", "reported by 'Kommersant'"), and a thing's name
/// stands right before it or after "called" (the "No to NATO!" campaign). A text that reports without naming who reported,
/// or names no campaign, still answers nothing asked.
/// </summary>
internal static partial class NamedInstance
{
    /// <summary>Whether <paramref name="text"/> names what the question's clause <paramref name="words"/> asks for by class.</summary>
    public static bool Fits(Question question, IReadOnlyList<string> words, string text) =>
        question.Knowledge is { } knowledge && (NamesReporter(question, knowledge, words, text) || NamesCalledThing(question, knowledge, words, text)
            || NamesAKind(question, knowledge, words, text));

    // "What kind of mission did China have there?": a text naming another word the predicate lexicon gives the same thing by
    // ("consulate", "embassy" for the "diplomatic mission") names one of the kind asked.
    private static bool NamesAKind(Question question, KnowledgeBase knowledge, IReadOnlyList<string> words, string text)
    {
        var kind = EvidenceSentences.PhraseStarts(words, Cue.KindAsked, question.Lexicon).Select(p => p.Start + p.Length).FirstOrDefault(at => at < words.Count);
        if (kind == 0)
        {
            return false;
        }

        var asked = knowledge.Analyzer.Terms(words[kind]).ToHashSet(StringComparer.Ordinal);
        var textWords = EvidenceSentences.Words(text).ToHashSet(StringComparer.Ordinal);
        return knowledge.Predicates.Predicates
            .Where(p => p.Phrases.Append(p.Noun).Any(phrase => knowledge.Analyzer.Terms(phrase.Split(' ')[^1]).Any(asked.Contains)))
            .SelectMany(p => p.Phrases).Where(phrase => !phrase.Contains(' ') && !knowledge.Analyzer.Terms(phrase).Any(asked.Contains))
            .Any(phrase => textWords.Contains(phrase.ToLowerInvariant()));
    }

    // "Which (Balkan) newspaper (first) reported ...": the outlet class word, then the reporting verb.
    private static bool NamesReporter(Question question, KnowledgeBase knowledge, IReadOnlyList<string> words, string text)
    {
        var outlets = question.Lexicon.Words(Cue.OutletFocus);
        var head = Enumerable.Range(1, Math.Min(words.Count - 1, MaxWordsBeforeHead)).FirstOrDefault(i => outlets.Contains(words[i]));
        // A state's or region's adjective ("Russian", "Balkan") says where the outlet is from, which the text naming it
        // need not say; as with a state's adjective before any thing asked, it is left to the other checks.
        if (head == 0 || !QualifiersFit(question, knowledge, words.Skip(1).Take(head - 1).Where(w => !IsProperAdjective(question, knowledge, w)), text))
        {
            return false;
        }

        var fillers = question.Lexicon.Words(Cue.FocusFiller);
        var verb = words.Skip(head + 1).FirstOrDefault(w => !fillers.Contains(w) && !outlets.Contains(w));
        if (verb is null || !question.Lexicon.Words(Cue.ReportingVerb).Contains(verb))
        {
            return false;
        }

        // Any form of the same verb in the text ("reports" for "reported").
        var verbTerms = knowledge.Analyzer.Terms(verb);
        foreach (Match token in WordToken().Matches(text))
        {
            if (!knowledge.Analyzer.Terms(token.Value).SequenceEqual(verbTerms))
            {
                continue;
            }

            var before = NameBefore().Match(text[..token.Index]);
            var after = NameAfterBy().Match(text[(token.Index + token.Length)..]);
            if ((before.Success && IsNewName(question, knowledge, before)) || (after.Success && IsNewName(question, knowledge, after)))
            {
                return true;
            }
        }

        return false;
    }

    // "What was the counter-campaign against NATO membership called?", "what was the name of the campaign?".
    private static bool NamesCalledThing(Question question, KnowledgeBase knowledge, IReadOnlyList<string> words, string text)
    {
        var naming = question.Lexicon.Phrases(Cue.NamingAsked);
        var asksName = naming.Any(p => p.Length == 1 && words[^1] == p[0])
            || naming.Any(p => p.Length == 2 && Enumerable.Range(0, words.Count - 1).Any(i => words[i] == p[0] && words[i + 1] == p[1]));
        if (!asksName)
        {
            return false;
        }

        // The thing named: the words after the fillers ("what was the") and any naming phrase, up to a preposition or verb.
        var fillers = question.Lexicon.Words(Cue.FocusFiller);
        var stops = question.Lexicon.Words(Cue.Preposition).Concat(naming.SelectMany(p => p)).ToHashSet(StringComparer.Ordinal);
        var index = 1;
        // Letters ("what's") say nothing of what is asked about.
        while (index < words.Count && (fillers.Contains(words[index]) || words[index].Length <= 1 || naming.Any(p => p.Contains(words[index]))))
        {
            index++;
        }

        var phrase = words.Skip(index).TakeWhile(w => !stops.Contains(w) && !fillers.Contains(w)).ToList();
        if (phrase.Count == 0 || !QualifiersFit(question, knowledge, phrase.Take(phrase.Count - 1), text))
        {
            return false;
        }

        var thing = phrase[^1];
        var singular = thing.EndsWith('s') ? thing[..^1] : thing;
        if (singular.Length < MinThingLength)
        {
            return false;
        }

        foreach (Match occurrence in Regex.Matches(text, $@"\b{Regex.Escape(singular)}s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
        {
            var before = NameBefore().Match(text[..occurrence.Index]);
            var rest = text[(occurrence.Index + occurrence.Length)..];
            var after = char.IsUpper(occurrence.Value[0]) && NameAfterTitle().Match(rest) is { Success: true } titled ? titled : NameAfterCalled().Match(rest);
            if ((before.Success && IsNewName(question, knowledge, before)) || (after.Success && IsNewName(question, knowledge, after)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsProperAdjective(Question question, KnowledgeBase knowledge, string word) =>
        knowledge.CountryOfAdjective(word) is not null
        || Regex.Matches(question.Text, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Any(m => char.IsUpper(m.Value[0]) && m.Index > 0);

    /// <summary>
    /// Whether the question asks what a thing was called ("what was the counter-campaign called?"): then a text that
    /// names no such thing ("NATO's 1999 bombing campaign") does not answer it, though it says the class word.
    /// </summary>
    public static bool AsksCalled(Question question, IReadOnlyList<string> words) =>
        words.Count > 2 && question.Lexicon.Phrases(Cue.NamingAsked).Any(p => p.Length == 1 && words[^1] == p[0]);

    // Words qualifying the class ("pro-NATO campaign", "Balkan newspaper") say which one is asked: each is in the text, or
    // is a prefix of meaning ("counter-campaign": the text tells it as a response), or a word no source uses.
    private static bool QualifiersFit(Question question, KnowledgeBase knowledge, IEnumerable<string> qualifiers, string text)
    {
        var textTerms = knowledge.Analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);
        var prefixes = question.Lexicon.Words(Cue.MeaningPrefix);
        var fillers = question.Lexicon.Words(Cue.FocusFiller);
        return qualifiers.All(word => fillers.Contains(word) || prefixes.Contains(word)
            || knowledge.Analyzer.Terms(word) is not [_, ..] terms || terms.All(textTerms.Contains) || terms.All(question.UnfamiliarTerms.Contains));
    }

    // A name the question does not already give, of no state or body the entities know and no title's holder ("Defense
    // Secretary Donald Rumsfeld"): those are no outlets or titles. Nor a sentence's opening word ("The move, reported by").
    private static bool IsNewName(Question question, KnowledgeBase knowledge, Match match)
    {
        var name = match.Groups["name"].Value;
        // A quoted title is a name by its quotes, whatever its words ("No to NATO!").
        var offset = match.Groups["name"].Index - match.Index;
        var quoted = offset > 0 && Quotes.Contains(match.Value[offset - 1]);
        var parts = WordToken().Matches(name).Select(m => m.Value).ToList();
        if (parts.Count == 0 || Facts.FactDate.MonthOf(parts[0]) is not null || knowledge.Analyzer.Terms(parts[0]).Count == 0 && char.IsUpper(parts[0][0]) && parts.Count == 1)
        {
            return false;
        }

        var entityWords = knowledge.Recognizer.Recognize(name).SelectMany(m => WordToken().Matches(m.Text).Select(w => w.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return parts.Any(part => !question.Words.Contains(part.ToLowerInvariant()) && !entityWords.Contains(part) && (quoted || knowledge.Analyzer.Terms(part).Count > 0))
            && !parts.Any(knowledge.Predicates.RoleWords.Contains);
    }

    private const int MaxWordsBeforeHead = 3;

    private const int MinThingLength = 3;

    private static readonly char[] Quotes = ['"', '\u201C', '\u2018', '\''];

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordToken();

    // A quoted title or up to four capitalised words ending right before the point ("Dnevne Novine reported").
    [GeneratedRegex(@"(?:[""“‘'](?<name>[^""“”‘’']{2,60})[""”’']|(?<name>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}))\s*$")]
    private static partial Regex NameBefore();

    // "reported by 'Kommersant'", "according to Vijesti".
    [GeneratedRegex(@"^\s*(?:by|in)\s+(?:the\s+)?(?:[""“‘'](?<name>[^""“”‘’']{2,60})[""”’']|(?<name>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}))")]
    private static partial Regex NameAfterBy();

    // "Operation Resolute Support": the class word as a title, then the name.
    [GeneratedRegex(@"^\s+(?<name>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})")]
    private static partial Regex NameAfterTitle();

    // "the campaign called 'X'", "a campaign, 'X'".
    [GeneratedRegex(@"^\s*,?\s*(?:(?:called|named|dubbed|titled|known\s+as)\s+)?(?:[""“‘'](?<name>[^""“”‘’']{2,60})[""”’']|(?<=(?:called|named|dubbed|titled|as)\s+)(?<name>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}))")]
    private static partial Regex NameAfterCalled();
}
