using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Entities;

/// <summary>
/// Finds entities in free text by their names, aliases and demonyms: longest match first, accents
/// and case folded (except for short all-capital acronyms such as "US", which must be written so),
/// with one typo tolerated in longer single words ("Rusia") that are not ordinary words of the sources.
/// </summary>
public sealed class EntityRecognizer
{
    private const int MinFuzzyLength = 5;

    private readonly Dictionary<string, List<(string[] Tokens, bool CaseSensitive, Entity Entity)>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly List<(string Token, Entity Entity)> _singleWordNames = [];
    private readonly Dictionary<string, HashSet<string>> _commonHeadsById = new(StringComparer.Ordinal);
    private readonly HashSet<string> _knownWords;
    private readonly int _longestAlias;

    /// <summary>The longest name in capitals read as an acronym, by its capitals alone ("US" but not "us").</summary>
    internal const int MaxAcronymLength = 5;

    /// <summary>Creates a recognizer over <paramref name="entities"/>; <paramref name="knownWords"/> are never treated as typos.</summary>
    public EntityRecognizer(IEnumerable<Entity> entities, IEnumerable<string> knownWords)
    {
        _knownWords = new HashSet<string>(knownWords, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var name in entity.AllNames)
            {
                var caseSensitive = name.Length <= MaxAcronymLength && name.Where(char.IsLetter).All(char.IsUpper);
                var tokens = Tokenize(name).Select(t => caseSensitive ? t.Original : t.Folded).ToArray();
                if (tokens.Length == 0)
                {
                    continue;
                }

                var key = tokens[0].ToLowerInvariant();
                if (!_byFirstToken.TryGetValue(key, out var list))
                {
                    _byFirstToken[key] = list = [];
                }

                list.Add((tokens, caseSensitive, entity));
                AddCommonHead(entity, name);
                _longestAlias = Math.Max(_longestAlias, tokens.Length);
                if (tokens.Length == 1 && !caseSensitive && tokens[0].Length >= MinFuzzyLength)
                {
                    _singleWordNames.Add((tokens[0], entity));
                }
            }
        }

        // Longer aliases first, so "United States of America" wins over "United States".
        foreach (var list in _byFirstToken.Values)
        {
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }
    }

    /// <summary>The entities named in <paramref name="text"/>, in order of appearance, each once.</summary>
    public IReadOnlyList<EntityMention> Recognize(string text)
    {
        var tokens = Tokenize(text);

        // A misspelt name is still written as a name ("Rusia"), unless the writer ignores capitals
        // altogether; a lower-case word in a capitalised sentence ("begin") is an ordinary word.
        var ignoresCapitals = !text.Any(char.IsUpper);
        var found = new List<EntityMention>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count;)
        {
            var match = MatchAt(tokens, i, ignoresCapitals);
            if (match is { } m)
            {
                var length = m.Length + CommonHeadsAfter(tokens, i + m.Length, m.Entity);
                if (seen.Add(m.Entity.Id))
                {
                    found.Add(new EntityMention(m.Entity, string.Join(' ', tokens.Skip(i).Take(length).Select(t => t.Original)), true));
                }

                i += length;
                continue;
            }

            var mayBeMisspeltName = ignoresCapitals || char.IsUpper(tokens[i].Original[0]);
            if (mayBeMisspeltName && FuzzyMatch(tokens[i]) is { } fuzzy && seen.Add(fuzzy.Id))
            {
                found.Add(new EntityMention(fuzzy, tokens[i].Original, false));
            }

            i++;
        }

        return found;
    }

    // The common noun that ends a name of the entity written in lower case ("alliance" of "the North Atlantic alliance") names
    // the entity after any other of its names too: "the NATO alliance" is one mention of NATO, not NATO and an alliance.
    private void AddCommonHead(Entity entity, string name)
    {
        var words = Tokenize(name);
        if (words.Count > 1 && words[^1].Original.All(char.IsLower))
        {
            if (!_commonHeadsById.TryGetValue(entity.Id, out var heads))
            {
                _commonHeadsById[entity.Id] = heads = new HashSet<string>(StringComparer.Ordinal);
            }

            heads.Add(words[^1].Folded);
        }
    }

    private int CommonHeadsAfter(List<Token> tokens, int at, Entity entity)
    {
        var count = 0;
        if (_commonHeadsById.TryGetValue(entity.Id, out var heads))
        {
            while (at + count < tokens.Count && heads.Contains(tokens[at + count].Folded))
            {
                count++;
            }
        }

        return count;
    }

    // Short acronyms that are also English words are never matched in lower case ("us", "it").
    private static readonly HashSet<string> AmbiguousAcronyms = new(StringComparer.Ordinal) { "us", "it", "in", "no", "or", "an", "am", "me", "map" };

    private (Entity Entity, int Length)? MatchAt(List<Token> tokens, int start, bool ignoresCapitals)
    {
        if (!_byFirstToken.TryGetValue(tokens[start].Folded, out var candidates))
        {
            return null;
        }

        foreach (var (aliasTokens, caseSensitive, entity) in candidates)
        {
            if (start + aliasTokens.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < aliasTokens.Length && ok; k++)
            {
                var token = tokens[start + k];
                ok = caseSensitive && !(ignoresCapitals && !AmbiguousAcronyms.Contains(token.Folded))
                    ? string.Equals(token.Original, aliasTokens[k], StringComparison.Ordinal)
                    : string.Equals(token.Folded, aliasTokens[k].ToLowerInvariant(), StringComparison.Ordinal);
            }

            if (ok)
            {
                return (entity, aliasTokens.Length);
            }
        }

        return null;
    }

    private Entity? FuzzyMatch(Token token)
    {
        var word = token.Folded;
        if (word.Length < MinFuzzyLength || _knownWords.Contains(word) || !word.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        Entity? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (name, entity) in _singleWordNames)
        {
            if (Math.Abs(name.Length - word.Length) > 1)
            {
                continue;
            }

            var distance = EditDistance.DamerauLevenshtein(word, name, max: 1);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = entity;
            }
        }

        return bestDistance <= 1 ? best : null;
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                var original = TextFolding.FoldToAscii(text[start..i]);
                tokens.Add(new Token(original, original.ToLowerInvariant()));
                start = -1;
            }
        }

        return tokens;
    }

    private readonly record struct Token(string Original, string Folded);
}
