namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Words that belong to a name or only frame the question are not what it asks: the "ministers" of "the European Council of
/// Ministers" ask for no minister, "Canada's Peter MacKay" is MacKay, whom the answer names, and "in what month and year"
/// asks when, as "in which year" does.
/// </summary>
public sealed class NameAndFramingWordsTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Fact]
    public void A_role_word_inside_a_bodys_name_asks_for_no_holder_of_the_role()
    {
        HybridAnswerAssert.AnsweredQuoting(fixture, "Who recognised Montenegro first, the US or the European Council of Ministers?", "same day", "12 June");
    }

    [Fact]
    public void A_person_a_state_owns_is_the_actor_the_answer_must_name()
    {
        HybridAnswerAssert.AnsweredQuoting(fixture, "Who did Canada's Peter MacKay write to about recognising Montenegro?", "Vlahović");
    }

    [Theory]
    [InlineData("In what month and year did NATO give Montenegro its MAP?")]
    [InlineData("what month did nato give montenegro the membership action plan")]
    public void What_month_asks_when(string question)
    {
        HybridAnswerAssert.AnsweredQuoting(fixture, question, "December 2009");
    }
}
