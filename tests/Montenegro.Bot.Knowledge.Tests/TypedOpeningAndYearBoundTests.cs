using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A misspelt first word is read as the question word it most likely is ("wat" is "what", not the commoner "was"), so the
/// thing asked after it is checked; and a year bounded by "after" or "before" asks about the time past it.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class TypedOpeningAndYearBoundTests(KnowledgeFixture fixture)
{
    [Fact]
    public void A_misspelt_opening_word_is_the_question_word_before_a_commoner_word_as_near()
    {
        var speller = new SpellingCorrector(["was", "was", "was", "what"], ["was", "what"], null, ["what", "when", "who"]);

        Assert.Equal("what", speller.CorrectOpening("wat"));
        // Elsewhere the commoner word wins when the consonants do not decide ("wos" has those of "was").
        Assert.Equal("was", speller.Correct("wos"));
    }

    [Fact]
    public void A_typed_question_word_is_read_as_such_in_the_question()
    {
        var normalized = fixture.Knowledge.Normalizer.Normalize("wat was the turnout in the referendum");

        Assert.StartsWith("what was", normalized.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What happened to GRU officer Igor Zaytsev after 2018?")]
    [InlineData("what did zaytsev do after 2018")]
    public void A_text_that_ends_at_the_year_does_not_answer_what_came_after_it(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void A_text_that_goes_on_past_the_year_answers_what_came_after_it()
    {
        var answer = fixture.Engine.Ask("How did relations between Montenegro and Russia develop after 2010?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2014", answer.Text, StringComparison.Ordinal);
    }
}
