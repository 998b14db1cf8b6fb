using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// Makes an elliptical follow-up a whole question from the turn before it: "and Russia?" takes the
/// last question with Russia in place of its country, "what about the year after?" with the next year,
/// "why?" asks the last question's why, and "he" is the person the last answer named. A question that
/// brings words of its own (a new predicate) is taken as it stands.
/// </summary>
internal static partial class FollowUpResolver
{
    // Small words that carry no predicate of their own.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "for", "in", "on", "about", "what", "how", "then", "so", "ok", "okay", "one", "ones", "is", "was",
        "did", "does", "do", "it", "that", "this", "same", "there", "with", "to", "s", "please", "year", "years",
    };

    public static string Resolve(string english, Question question, ConversationTurn? last, KnowledgeBase knowledge)
    {
        if (last is null || question.WordList.Count == 0)
        {
            return english;
        }

        var previous = knowledge.Normalizer.Normalize(last.Frame.Text).English;
        var prevQuestion = Question.Parse(previous, knowledge);
        var text = english;
        if (question.Has(Cue.PersonPronoun) && PersonFor(last) is { } person)
        {
            text = ReplacePronouns(text, person);
        }

        if (SinceTheLastEvent(question, previous) is { } between)
        {
            return between;
        }

        if (!IsElliptical(question))
        {
            return text;
        }

        var resolved = previous.TrimEnd('?', ' ', '.', '!');
        var changed = false;

        // New names take the place of the last question's names of the same kind.
        var newEntities = question.Entities.Where(m => m.Entity.Id != "montenegro").ToList();
        foreach (var mention in newEntities)
        {
            var old = prevQuestion.Entities.FirstOrDefault(m => SameKind(m.Entity, mention.Entity) && m.Entity.Id != mention.Entity.Id);
            resolved = old is not null ? ReplaceWord(resolved, old.Text, mention.Entity.Name) : $"{resolved} {mention.Entity.Name}";
            changed = true;
        }

        // A new year, or the year after or before the one in context.
        var baseYear = prevQuestion.Years.Count > 0 ? prevQuestion.Years[^1] : last.AnswerYears.Count > 0 ? last.AnswerYears[0] : (int?)null;
        int? year = question.Years.Count > 0 ? question.Years[0]
            : question.Has(Cue.YearAfter) && baseYear is { } a ? a + 1
            : question.Has(Cue.YearBefore) && baseYear is { } b ? b - 1
            : null;
        if (year is { } y)
        {
            var yearText = y.ToString(CultureInfo.InvariantCulture);
            resolved = prevQuestion.Years.Count > 0
                ? ReplaceWord(resolved, prevQuestion.Years[^1].ToString(CultureInfo.InvariantCulture), yearText)
                : $"{resolved} in {yearText}";
            changed = true;
        }

        // "and the lowest?", "and against?": the other end or side.
        foreach (var (cue, opposite) in Opposites)
        {
            if (question.Has(cue) && !prevQuestion.Has(cue))
            {
                var word = FirstWordOf(question, cue);
                var oldWord = FirstWordOf(prevQuestion, opposite);
                resolved = oldWord is not null ? ReplaceWord(resolved, oldWord, word!) : $"{resolved} {word}";
                changed = true;
            }
        }

        // "why?", "when?", "who?": the same question, asked another way.
        var wh = question.WordList.FirstOrDefault(w => w is "why" or "when" or "who" or "where" or "how");
        if (!changed && wh is not null)
        {
            var body = LeadingQuestionWord().Replace(resolved, string.Empty);
            resolved = $"{wh} {body}";
            changed = true;
        }

        return changed ? resolved + "?" : text;
    }

    /// <summary>
    /// "How long after that did it join?" after "When was Montenegro invited?": the time between the event the last
    /// question asked about and the one this one names, as "how long between (last question) and (the rest)".
    /// </summary>
    private static string? SinceTheLastEvent(Question question, string previous)
    {
        if (!question.Has(Cue.Duration))
        {
            return null;
        }

        var words = question.WordList;
        var after = question.Lexicon.Phrases(Cue.After).Where(p => p.Length == 1).Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
        var pronouns = question.Lexicon.Phrases(Cue.ThingPronoun).Where(p => p.Length == 1).Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
        var at = Enumerable.Range(0, Math.Max(0, words.Count - 1)).FirstOrDefault(i => after.Contains(words[i]) && pronouns.Contains(words[i + 1]), -1);
        if (at < 0)
        {
            return null;
        }

        // What follows the pronoun, less the auxiliary that opens it ("did it join": "it join").
        var auxiliaries = question.Lexicon.Phrases(Cue.YesNo).Where(p => p.Length == 1).Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
        var rest = words.Skip(at + 2).SkipWhile(auxiliaries.Contains).ToList();
        if (rest.Count == 0)
        {
            return null;
        }

        var last = LeadingQuestionWord().Replace(previous.TrimEnd('?', ' ', '.', '!'), string.Empty);
        return $"how long between {last} and {string.Join(' ', rest)}?";
    }

    /// <summary>Whether a question leans on the turn before it: a pronoun for a thing, an opening "and", only a few words, or no name or year of its own.</summary>
    public static bool LeansOnContext(Question question) =>
        question.Has(Cue.ThingPronoun) || question.StartsWith(Cue.FollowUp) || question.WordList.Count <= 4

        // Nothing of its own to say what it is about ("who was going to be assassinated?"): no name, no year.
        || (question.Entities.Count == 0 && question.Years.Count == 0);

    /// <summary>
    /// The question with what the last question was about added as context: its names (Montenegro too)
    /// and years, not its predicate, so "and when did it join?" after "when was it invited?" asks about joining.
    /// </summary>
    public static IEnumerable<string> WithContext(string english, ConversationTurn last, KnowledgeBase knowledge)
    {
        yield return WithNames(english, last, knowledge);

        // Failing that, the last question's own words: "how many abstained?" after a question on the vote.
        var previous = knowledge.Normalizer.Normalize(last.Frame.Text).English.TrimEnd('?', ' ', '.', '!');
        yield return $"{english.TrimEnd('?', ' ', '.', '!')} ({LeadingQuestionWord().Replace(previous, string.Empty)})?";
    }

    private static string WithNames(string english, ConversationTurn last, KnowledgeBase knowledge)
    {
        var previous = Question.Parse(knowledge.Normalizer.Normalize(last.Frame.Text).English, knowledge);
        var names = knowledge.Recognizer.Recognize(previous.Text).Select(m => m.Entity.Name)
            .Concat(previous.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)))
            .Where(n => !english.Contains(n, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count == 0 ? english : $"{english.TrimEnd('?', ' ', '.', '!')} ({string.Join(", ", names)})?";
    }

    private static readonly (Cue Cue, Cue Opposite)[] Opposites =
    [
        (Cue.Lowest, Cue.Highest), (Cue.Highest, Cue.Lowest), (Cue.First, Cue.Last), (Cue.Last, Cue.First),
        (Cue.Opposition, Cue.Support), (Cue.Support, Cue.Opposition),
    ];

    // A follow-up adds no predicate of its own: only names, years, cue words and fillers.
    private static bool IsElliptical(Question question)
    {
        if (question.WordList.Count > 8)
        {
            return false;
        }

        var entityWords = question.Entities.SelectMany(m => m.Text.ToLowerInvariant().Split(' ')).ToHashSet(StringComparer.Ordinal);
        var cueWords = Enum.GetValues<Cue>().Where(c => c is not (Cue.Who or Cue.List or Cue.Help))
            .SelectMany(question.Lexicon.Phrases).SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        return question.WordList.All(w => Filler.Contains(w) || cueWords.Contains(w) || entityWords.Contains(w) || w.All(char.IsAsciiDigit) || w is "who" or "where");
    }

    private static bool SameKind(Entity a, Entity b) =>
        a.Type == b.Type || (a.Type is EntityType.Country or EntityType.Organisation && b.Type is EntityType.Country or EntityType.Organisation);

    private static string? FirstWordOf(Question question, Cue cue) =>
        question.Lexicon.Phrases(cue).Where(p => p.Length == 1).Select(p => p[0]).FirstOrDefault(question.Words.Contains);

    private static string? PersonFor(ConversationTurn last) => last.AnswerPeople.Count > 0 ? last.AnswerPeople[0] : null;

    private static string ReplacePronouns(string text, string person) =>
        PersonPronoun().Replace(text, m => m.Value.ToLowerInvariant() is "his" or "hers" ? person + "'s" : person);

    private static string ReplaceWord(string text, string old, string replacement) =>
        Regex.Replace(text, $@"\b{Regex.Escape(old)}\b", replacement.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"^\s*(what|when|who|whom|which|why|where|how( many| much| long)?)\b\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingQuestionWord();

    [GeneratedRegex(@"\b(he|him|his|she|her|hers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonPronoun();
}
