namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>Patterns looked up by the word they start with, so a sentence is not tried against every pattern at every word.</summary>
/// <typeparam name="T">What each pattern stands for.</typeparam>
internal sealed class PatternIndex<T>
{
    private readonly Dictionary<string, List<(TriggerPattern Pattern, T Value)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<(TriggerPattern Pattern, T Value)> _byPrefix = [];

    public PatternIndex(IEnumerable<(TriggerPattern Pattern, T Value)> patterns)
    {
        foreach (var entry in patterns.Where(p => !p.Pattern.IsEmpty))
        {
            var first = entry.Pattern.FirstWord;
            if (first.EndsWith('*'))
            {
                _byPrefix.Add(entry);
            }
            else if (_byFirstWord.TryGetValue(first, out var list))
            {
                list.Add(entry);
            }
            else
            {
                _byFirstWord[first] = [entry];
            }
        }
    }

    /// <summary>The patterns that match starting at word <paramref name="start"/> and end before <paramref name="to"/>, with their last word.</summary>
    public IEnumerable<(TriggerPattern Pattern, T Value, int Last)> MatchesAt(IReadOnlyList<Token> tokens, int start, int to)
    {
        if (start >= to)
        {
            yield break;
        }

        var candidates = _byFirstWord.TryGetValue(tokens[start].Lower, out var list) ? list.Concat(_byPrefix) : _byPrefix;
        foreach (var (pattern, value) in candidates)
        {
            if (pattern.MatchAt(tokens, start, to) is { } last)
            {
                yield return (pattern, value, last);
            }
        }
    }
}
