using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A Montenegrin question's numbers and everyday words reach the engine as an English question's would: a decimal written
/// with a comma ("49,88 odsto") stays one number, a per-cent sign is kept, "jesu li" asks yes or no, and the words for
/// serving, peacekeepers, Africa and a table are read.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class MontenegrinNumbersTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Koja je anketa pokazala podršku NATO-u od 49,88 odsto?", "CEDEM")]
    [InlineData("Која анкета је показала 49,88% подршке НАТО-у?", "ЦЕДЕМ")]
    [InlineData("Jesu li crnogorski mirovnjaci ikada služili u Africi?", "Liberia")]
    [InlineData("Koliko anketa ima u tabeli o podrsci NATO-u?", "27")]
    [InlineData("Šta se desilo 3.6.2006?", "3. jun 2006.")]
    public void A_montenegrin_question_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "49", ",", "88", " ", "49.88")]
    [InlineData(" ", "49", ".", "88", "%", "49.88")]
    [InlineData(" ", "5", ".", "11", ".", null)]
    [InlineData(".", "11", ".", "2008", null, null)]
    [InlineData(" ", "5", ". ", "11", " ", null)]
    public void A_decimal_is_one_number_and_a_dotted_date_is_not(string? before, string whole, string separator, string fraction, string? after, string? expected) =>
        Assert.Equal(expected, LocalNumbers.Decimal(before, whole, separator, fraction, after));

    [Theory]
    [InlineData("3", ".", "6", ".", "2006", "3 June 2006")]
    [InlineData("03", ".", "06", ". ", "2006", "3 June 2006")]
    [InlineData("3", ".", "13", ".", "2006", null)]
    [InlineData("3", ",", "6", ",", "2006", null)]
    public void A_dotted_date_puts_the_day_first(string day, string firstPoint, string month, string secondPoint, string year, string? expected) =>
        Assert.Equal(expected, LocalNumbers.DottedDate(day, firstPoint, month, secondPoint, year));
}
