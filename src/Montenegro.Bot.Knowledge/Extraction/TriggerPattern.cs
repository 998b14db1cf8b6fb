namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>
/// A trigger of a predicate: words in a row ("extended recognition"), parts with a gap between them
/// ("diplomatic relations ... established"), and words ending in '*' that match any ending ("recogni*").
/// </summary>
internal sealed class TriggerPattern
{
    /// <summary>How many words may stand in a gap.</summary>
    public const int MaxGap = 8;

    private readonly string[][] _parts;

    public TriggerPattern(string text, bool isNoun = false)
    {
        Text = text;
        IsNoun = isNoun;
        _parts = text.Split("...", StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(Words).ToArray())
            .Where(part => part.Length > 0)
            .ToArray();
        Length = _parts.Sum(p => p.Length);
    }

    /// <summary>Whether it names the event with a noun ("recognition") rather than a verb ("recognised"): the two find their subject differently.</summary>
    public bool IsNoun { get; }

    /// <summary>The trigger as the lexicon writes it.</summary>
    public string Text { get; }

    /// <summary>How many words it matches, gaps aside: longer triggers win over shorter ones they overlap.</summary>
    public int Length { get; }

    /// <summary>Whether it has no words (a blank lexicon entry).</summary>
    public bool IsEmpty => _parts.Length == 0;

    /// <summary>Its first word, folded; ends in '*' when any ending matches.</summary>
    public string FirstWord => _parts.Length == 0 ? string.Empty : _parts[0][0];

    /// <summary>Whether it matches starting at word <paramref name="start"/>, ending before <paramref name="to"/>; the index of its last word if so.</summary>
    public int? MatchAt(IReadOnlyList<Token> tokens, int start, int to) => IsEmpty || start >= to ? null : MatchFrom(tokens, start, to);

    /// <summary>Every match among <paramref name="tokens"/> from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive): first and last word index.</summary>
    public IEnumerable<(int First, int Last)> Matches(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (IsEmpty)
        {
            yield break;
        }

        for (var i = from; i < to; i++)
        {
            if (MatchFrom(tokens, i, to) is { } last)
            {
                yield return (i, last);
            }
        }
    }

    private int? MatchFrom(IReadOnlyList<Token> tokens, int start, int to)
    {
        var position = start;
        for (var p = 0; p < _parts.Length; p++)
        {
            var part = _parts[p];
            var found = -1;
            var latestStart = p == 0 ? start : Math.Min(to - part.Length, position + MaxGap);
            for (var s = position; s <= latestStart; s++)
            {
                if (s + part.Length > to)
                {
                    break;
                }

                var ok = true;
                for (var k = 0; k < part.Length && ok; k++)
                {
                    ok = WordMatches(part[k], tokens[s + k].Lower);
                }

                if (ok)
                {
                    found = s;
                    break;
                }

                if (p == 0)
                {
                    break;
                }
            }

            if (found < 0)
            {
                return null;
            }

            position = found + part.Length;
        }

        return position - 1;
    }

    // A written word may be several tokens ("d'etat"); a final '*' stays on the last of them.
    private static IEnumerable<string> Words(string written)
    {
        var words = Token.Split(written.TrimEnd('*')).Select(t => t.Lower).ToList();
        if (written.EndsWith('*') && words.Count > 0)
        {
            words[^1] += "*";
        }

        return words;
    }

    private static bool WordMatches(string pattern, string word) =>
        pattern.EndsWith('*') ? word.StartsWith(pattern[..^1], StringComparison.Ordinal) : string.Equals(pattern, word, StringComparison.Ordinal);
}
