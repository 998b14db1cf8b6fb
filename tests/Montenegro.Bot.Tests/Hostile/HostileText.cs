using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Montenegro.Bot.Tests.Hostile;

/// <summary>
/// Text a hostile or careless user might send: arbitrary UTF-16 (lone surrogates included), digits of every script
/// (every Unicode Nd character), NUL and other control characters, line and paragraph separators, Lucene syntax,
/// mentions, emoji, right-to-left text, huge numbers, and now and then 100 KB of it, mixed with the bot's own words so
/// that the deep paths of the engine are reached too.
/// </summary>
public static class HostileText
{
    /// <summary>Every decimal digit of every script, as strings (some are outside the BMP: two UTF-16 units).</summary>
    public static string[] AllDigits { get; } = Enumerable.Range(0, 0x110000)
        .Where(Rune.IsValid)
        .Select(v => new Rune(v))
        .Where(r => Rune.GetUnicodeCategory(r) == UnicodeCategory.DecimalDigitNumber)
        .Select(r => r.ToString())
        .ToArray();

    private static readonly string[] Words =
    [
        "When", "did", "Russia", "recognise", "recognize", "Montenegro", "NATO", "join", "poll", "polls", "CEDEM", "Ipsos",
        "MAP", "June", "May", "may", "December", "2006", "2016", "2017", "12th", "of", "the", "China", "United", "States",
        "Canada", "relations", "Ukraine", "mission", "vote", "ratify", "who", "first", "latest", "not", "now", "capital",
        "France", "Serbia", "Zaytsev", "coup", "%", "?", "!", "'s", "-", "–", "…",
    ];

    private static readonly string[] Nasty =
    [
        "\0", "\r", "\n", "\r\n", "\t", "\v", "\f", "\u0085", "\u2028", "\u2029", "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff",
        "\ufffd", "\ud800", "\udfff", "\udbff\udfff", "\u0000\u0001\u001f\u007f",
        "\"", "\\", "*", "?", "~", "^", ":", "(", ")", "[", "]", "{", "}", "/", "+", "-", "&&", "||", "!", "AND", "OR", "NOT",
        "title:*", "\"unterminated", "fo~0.5", "a^1000", "[1 TO *]", "/regex.*/", "*:*", "\\u0000",
        "@everyone", "@here", "<@123>", "<@!99999999999999999999>", "<#1>", "```", "**bold**", "||spoiler||", "<script>",
        "😀", "🇲🇪", "👩‍👩‍👧‍👦", "𝟘𝟙𝟚", "مونتينيغرو", "עברית", "Црна Гора", "黑山", "ﷺ", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
        "99999999999999999999", "2147483648", "-2147483649", "18446744073709551616", "1e309", "NaN", "-0", "0x7fffffff",
        "٣", "June ٣", "١٩٩٩", "۲۰۱۶", "२०१६", "௨௦௧௬", "๒๕๕๙", "၂၀၁၆", "２０１６", "𝟐𝟎𝟏𝟔", "'; DROP TABLE facts; --",
    ];

    /// <summary>One hostile text.</summary>
    public static Gen<string> Gen { get; } = Build();

    /// <summary>For <c>[Property(Arbitrary = ...)]</c>: hostile text, without shrinking.</summary>
    public static Arbitrary<HostileLine> HostileLine() => Gen.Select(t => new HostileLine(t)).ToArbitrary();

    private static Gen<string> Build()
    {
        var anyUnit = FsCheck.Fluent.Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());
        var piece = FsCheck.Fluent.Gen.Frequency(
            (6, FsCheck.Fluent.Gen.Elements(Words)),
            (3, FsCheck.Fluent.Gen.Elements(Nasty)),
            (3, FsCheck.Fluent.Gen.Elements(AllDigits)),
            (2, FsCheck.Fluent.Gen.Elements(AllDigits).ArrayOf().Select(d => string.Concat(d))),
            (2, anyUnit),
            (1, FsCheck.Fluent.Gen.Choose(0, 31).Select(c => ((char)c).ToString())));
        var separator = FsCheck.Fluent.Gen.Frequency(
            (8, FsCheck.Fluent.Gen.Constant(" ")),
            (2, FsCheck.Fluent.Gen.Constant(string.Empty)),
            (1, FsCheck.Fluent.Gen.Elements(Nasty)));
        var text = FsCheck.Fluent.Gen.Zip(piece, separator, (p, s) => p + s).ListOf().Select(p => string.Concat(p));

        // Now and then about 100 KB: a long message, pasted text, or one endless word.
        var huge = FsCheck.Fluent.Gen.Zip(text, FsCheck.Fluent.Gen.Choose(1, 3), (t, kind) => kind switch
        {
            1 => Repeat(t.Length == 0 ? "When did Russia recognise Montenegro? " : t, 100_000),
            2 => new string('9', 100_000),
            _ => Repeat("٣٣ June ", 100_000),
        });
        return FsCheck.Fluent.Gen.Frequency((200, text), (1, huge));
    }

    private static string Repeat(string text, int length)
    {
        var sb = new StringBuilder(length + text.Length);
        while (sb.Length < length)
        {
            sb.Append(text);
        }

        return sb.ToString();
    }
}

/// <summary>One hostile text, as a type of its own so that FsCheck does not use it for every string.</summary>
/// <param name="Text">The text.</param>
public sealed record HostileLine(string Text)
{
    /// <summary>Escaped, so that a failing case reads on one line.</summary>
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Text.Length > 300 ? Text[..300] + "…" : Text);
}
