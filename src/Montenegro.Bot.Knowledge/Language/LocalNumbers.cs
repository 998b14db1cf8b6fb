namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// Numbers as a Montenegrin question writes them, read between the words the translation keeps: a decimal with a comma or
/// a point ("49,88", "49.88") is one number, and a per-cent sign after a number is the word "percent".
/// </summary>
public static class LocalNumbers
{
    /// <summary>
    /// The decimal number that a run of digits, one separator and another run of digits spell, or null when they are
    /// something else: a date written with points ("5.11.2008", "5.11.") has another point before or after.
    /// </summary>
    /// <param name="before">The text right before the whole digits, or null at the start of the question.</param>
    /// <param name="whole">The digits before the separator.</param>
    /// <param name="separator">The text between the two runs of digits.</param>
    /// <param name="fraction">The digits after the separator.</param>
    /// <param name="after">The text right after the fraction, or null at the end of the question.</param>
    public static string? Decimal(string? before, string whole, string separator, string fraction, string? after) =>
        IsDigits(whole) && IsDigits(fraction) && separator is "." or ","
        && before is not "." and not ","
        && (after is null || !after.StartsWith('.') && !after.StartsWith(','))
            ? whole + "." + fraction
            : null;

    /// <summary>Whether the text after a number opens with a per-cent sign ("49,88%").</summary>
    /// <param name="after">The text right after the number.</param>
    public static bool IsPercentSign(string after) => after.TrimStart().StartsWith('%');

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    /// <summary>
    /// The date that a day, a month and a year written with points spell ("3.6.2006", "03.06.2006."), in English words
    /// ("3 June 2006"), or null when they are no date. A Montenegrin question puts the day first, so "3.6." is June.
    /// </summary>
    /// <param name="day">The first run of digits.</param>
    /// <param name="firstPoint">The text between the day and the month.</param>
    /// <param name="month">The second run of digits.</param>
    /// <param name="secondPoint">The text between the month and the year.</param>
    /// <param name="year">The third run of digits.</param>
    public static string? DottedDate(string day, string firstPoint, string month, string secondPoint, string year) =>
        IsDigits(day) && IsDigits(month) && IsDigits(year) && year.Length == 4 && firstPoint.Trim() == "." && secondPoint.Trim() == "."
        && int.Parse(day, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31 and var d
        && int.Parse(month, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 12 and var m
            ? $"{d} {System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)} {year}"
            : null;
}
