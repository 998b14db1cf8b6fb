using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>A word of a sentence: where it is, how it is written and its folded lower-case form.</summary>
/// <param name="Start">Offset of its first character in the sentence.</param>
/// <param name="End">Offset just after its last character.</param>
/// <param name="Text">The word as written.</param>
/// <param name="Lower">The word with accents folded, in lower case: what triggers are matched against.</param>
internal readonly record struct Token(int Start, int End, string Text, string Lower)
{
    /// <summary>Whether the word starts with a capital letter.</summary>
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Words are runs of letters and digits, as the entity recognizer cuts them ("People's" is "People" and "s").</summary>
    public static List<Token> Split(string text)
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
                var word = text[start..i];
                tokens.Add(new Token(start, i, word, TextFolding.FoldToAscii(word).ToLowerInvariant()));
                start = -1;
            }
        }

        return tokens;
    }
}
