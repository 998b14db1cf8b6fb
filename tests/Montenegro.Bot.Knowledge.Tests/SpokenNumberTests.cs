using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class SpokenNumberTests(KnowledgeFixture fixture)
{
    private SpokenNumbers Reader => new(fixture.Knowledge.Lexicon);

    [Theory]
    [InlineData("which polls were taken in twenty fifteen", "which polls were taken in 2015")]
    [InlineData("what did parliament decide in two thousand and nine", "what did parliament decide in 2009")]
    [InlineData("opposition after the nineteen ninety-nine air strikes", "opposition after the 1999 air strikes")]
    [InlineData("the visit in twenty oh six", "the visit in 2006")]
    [InlineData("was it fifty two percent in favour", "was it 52 percent in favour")]
    [InlineData("did seventy-one MPs vote", "did 71 MPs vote")]
    [InlineData("one hundred and twenty soldiers", "120 soldiers")]
    [InlineData("twenty two thousand protesters", "22000 protesters")]
    [InlineData("seven hundred thousand people", "700000 people")]
    public void A_spoken_year_or_figure_is_read_as_digits(string spoken, string read)
    {
        Assert.Equal(read, Reader.Read(spoken));
    }

    [Theory]
    [InlineData("what happened on september third twenty seventeen", "what happened on september 3 2017")]
    [InlineData("events of the twelfth of june", "events of the 12 of june")]
    [InlineData("on the thirty-first december", "on the 31 december")]
    [InlineData("what happened on may first two thousand four", "what happened on may 1 2004")]
    public void A_spoken_day_next_to_a_month_is_read_as_a_date(string spoken, string read)
    {
        Assert.Equal(read, Reader.Read(spoken));
    }

    [Theory]
    [InlineData("was one of the parties against it")]
    [InlineData("what did the first poll show")]
    [InlineData("did they vote a second time")]
    [InlineData("what did the three ipsos polls find")]
    [InlineData("which two countries were last")]
    [InlineData("it may first seem that support fell")]
    [InlineData("was support fifty-fifty")]
    public void Ordinary_words_that_happen_to_be_numbers_stay_words(string question)
    {
        Assert.Same(question, Reader.Read(question));
    }

    [Fact]
    public void A_voice_question_reaches_the_engine_with_its_year_in_digits()
    {
        var english = fixture.Knowledge.Normalizer.Normalize("how did support for nato change in twenty sixteen").English;

        Assert.Contains("2016", english, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spoken_day_and_year_answer_like_the_written_date()
    {
        var spoken = fixture.Engine.Ask("what took place on the sixteenth of october twenty sixteen?");
        var written = fixture.Engine.Ask("what took place on 16 October 2016?");

        Assert.True(spoken.Answered, spoken.Text);
        Assert.Equal(written.Text, spoken.Text);
    }

    [Fact]
    public void A_montenegrin_question_is_still_translated_not_read_as_english_numbers()
    {
        var normalized = fixture.Knowledge.Normalizer.Normalize("Kada je Crna Gora postala članica NATO-a?");

        Assert.Equal(QuestionLanguage.Montenegrin, normalized.Language);
        Assert.Contains("NATO", normalized.English, StringComparison.Ordinal);
    }
}
