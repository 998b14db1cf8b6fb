namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// A run of a question's text that is all word characters or all others, so that rewriting its words keeps the spaces and
/// punctuation between them as typed.
/// </summary>
/// <param name="Text">The run as typed.</param>
/// <param name="IsWord">Whether the run is made of word characters.</param>
internal readonly record struct TextToken(string Text, bool IsWord)
{
    /// <summary>
    /// <paramref name="text"/> cut into alternating runs. Letters, digits and combining marks are word characters; with
    /// <paramref name="hyphenInWords"/> a hyphen is too ("pro-NATO" one word), for readers that rewrite whole words, while
    /// readers matching the sources' word pairs want "pro" and "NATO" apart.
    /// </summary>
    public static List<TextToken> Split(string text, bool hyphenInWords)
    {
        var tokens = new List<TextToken>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || IsWordChar(text[i], hyphenInWords) != IsWordChar(text[start], hyphenInWords))
            {
                tokens.Add(new TextToken(text[start..i], IsWordChar(text[start], hyphenInWords)));
                start = i;
            }
        }

        return tokens;
    }

    private static bool IsWordChar(char c, bool hyphenInWords) =>
        char.IsLetterOrDigit(c) || (hyphenInWords && c == '-') || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
