using Lucene.Net.Analysis.Miscellaneous;

namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>Prepares text for an uncased WordPiece vocabulary before it is tokenized.</summary>
internal static class ModelText
{
    /// <summary>
    /// Cuts <paramref name="text"/> to at most <paramref name="maxChars"/> characters (never inside a
    /// surrogate pair) and folds accented Latin letters to their base letters: Vučinić becomes Vucinic, as
    /// the models' own uncased tokenizer does by Unicode decomposition.
    /// </summary>
    /// <remarks>
    /// The tokenizer would strip accents itself, but it does so through <see cref="string.Normalize()"/>,
    /// which does nothing under the invariant globalization this bot runs with; every accented word then
    /// became [UNK]. Lucene's ASCII folding is table-driven, so it works there (and folds Đ to D, which
    /// decomposition leaves alone). Other scripts, such as Cyrillic, are left as they are.
    /// </remarks>
    public static string Prepare(string text, int maxChars)
    {
        if (text.Length > maxChars)
        {
            var cut = char.IsHighSurrogate(text[maxChars - 1]) ? maxChars - 1 : maxChars;
            text = text[..cut];
        }

        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\x7f'))
        {
            return text;
        }

        // Folding turns one character into at most four (e.g. ⑽ into "(10)").
        var input = text.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
