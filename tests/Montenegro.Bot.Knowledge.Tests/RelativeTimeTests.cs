using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Frames;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A time a follow-up names only from the conversation's date ("two days later", "the year after", "in September of that
/// year", "earlier that year"): read by the grammar of time phrases and placed from the anchor date.
/// </summary>
public sealed class RelativeTimeTests
{
    private static readonly FactDate June5 = new("5 June 2017", 2017, 6, 5);

    [Theory]
    [InlineData("and what happened two days later?", 2017, 6, 7, true)]
    [InlineData("what took place 2 days after that?", 2017, 6, 7, true)]
    [InlineData("and the following day?", 2017, 6, 6, true)]
    [InlineData("and the day before?", 2017, 6, 4, true)]
    [InlineData("and two days later?", 2017, 6, 8, false)]
    [InlineData("what about a month later?", 2017, 7, null, true)]
    [InlineData("anything the year after?", 2018, 3, null, true)]
    [InlineData("what came next, in september of that year?", 2017, 9, 25, true)]
    [InlineData("what came next, in september of that year?", 2018, 9, 25, false)]
    [InlineData("had anything happened earlier that year?", 2017, 3, null, true)]
    [InlineData("had anything happened earlier that year?", 2017, 8, null, false)]
    public void A_relative_time_is_placed_from_the_anchor(string question, int year, int month, int? day, bool fits)
    {
        var time = RelativeTime.Find(question);

        Assert.NotNull(time);
        Assert.Equal(fits, time.Fits(June5, new FactDate(string.Empty, year, month, day)));
    }

    // A day later than a date known only to its month cannot be placed.
    [Fact]
    public void A_day_later_than_a_month_fits_no_day()
    {
        var time = RelativeTime.Find("what happened two days later?");

        Assert.NotNull(time);
        Assert.False(time.Fits(new FactDate("June 2017", 2017, 6, null), new FactDate(string.Empty, 2017, 6, 7)));
    }

    // "The next step", "a later stage": no unit of time, no relative time.
    [Theory]
    [InlineData("what's the next step for montenegro?")]
    [InlineData("what came later?")]
    [InlineData("what happened in september 2008?")]
    public void Phrases_without_a_unit_of_time_name_none(string question) => Assert.Null(RelativeTime.Find(question));
}
