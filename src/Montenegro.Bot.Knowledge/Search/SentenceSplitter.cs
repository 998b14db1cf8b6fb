namespace Montenegro.Bot.Knowledge.Search;

/// <summary>Splits running text into sentences without breaking at abbreviations such as "U.S.", "D.C." or initials.</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "doc", "gen", "col", "lt", "vs", "etc", "inc", "ltd", "co",
    };

    /// <summary>The sentences of <paramref name="text"/>, each with its start offset.</summary>
    public static List<(int Start, string Sentence)> Split(string text)
    {
        var sentences = new List<(int, string)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?') || i + 1 >= text.Length || !char.IsWhiteSpace(text[i + 1]))
            {
                continue;
            }

            var next = i + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= text.Length || !(char.IsUpper(text[next]) || text[next] is '"' or '\'' or '‘' or '“'))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, i))
            {
                continue;
            }

            sentences.Add((start, text[start..(i + 1)].Trim()));
            start = next;
        }

        if (start < text.Length && text[start..].Trim().Length > 0)
        {
            sentences.Add((start, text[start..].Trim()));
        }

        return sentences;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];

        // Initials and dotted acronyms: "John E. Sununu", "U.S.", "D.C.".
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return Abbreviations.Contains(word);
    }
}
