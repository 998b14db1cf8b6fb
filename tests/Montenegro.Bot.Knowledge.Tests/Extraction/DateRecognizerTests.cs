using Montenegro.Bot.Knowledge.Extraction;

namespace Montenegro.Bot.Knowledge.Tests.Extraction;

public sealed class DateRecognizerTests
{
    [Theory]
    [InlineData("on 11 June 2006.", "11 June 2006", "2006-06-11")]
    [InlineData("on June 12, 2006, being", "June 12, 2006", "2006-06-12")]
    [InlineData("from 11–15 December 2009 on", "11–15 December 2009", "2009-12")]
    [InlineData("expelled in March/April 2022 then", "March/April 2022", "2022-04")]
    [InlineData("In late 2007, the minister", "late 2007", "2007")]
    [InlineData("held in mid-October 2015 that", "mid-October 2015", "2015-10")]
    public void A_written_date_is_read_with_as_much_as_it_says(string text, string written, string iso)
    {
        var date = Assert.Single(DateRecognizer.Find(text));

        Assert.Equal(written, date.Date.Text);
        Assert.Equal(iso, date.Date.Iso);
    }

    [Fact]
    public void A_month_without_a_year_takes_the_nearest_month_and_year_before_it()
    {
        var dates = DateRecognizer.Find("In June 2014 he hoped to invite Montenegro by the end of 2015, but not at the summit in September.");

        Assert.Equal("2014-09", dates[^1].Date.Iso);
        Assert.Equal("September (2014)", dates[^1].Date.Display);
    }

    [Fact]
    public void Later_that_year_is_the_paragraphs_year()
    {
        var dates = DateRecognizer.Find("On 29 May 2014 they wrote a letter. However, later that year NATO announced no new members.");

        Assert.Equal("2014", dates[^1].Date.Iso);
        Assert.Equal("later that year", dates[^1].Date.Text);
    }

    [Fact]
    public void May_the_verb_is_not_a_month()
    {
        Assert.Empty(DateRecognizer.Find("While this statement may appear to downplay it, Montenegro May still act."));
    }

    [Fact]
    public void A_year_that_names_a_summit_is_marked_as_naming_rather_than_dating()
    {
        var date = Assert.Single(DateRecognizer.Find("intensify its accession after the 2008 Bucharest summit"));

        Assert.True(date.IsModifier);
    }
}
