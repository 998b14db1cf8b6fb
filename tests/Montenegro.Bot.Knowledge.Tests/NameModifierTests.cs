using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A word that qualifies a name the sources capitalise ("State" in "the State Union") is part of the name in a question,
/// whatever its case: not the question's verb ("state": said), which would turn the answer to another event's
/// statement. And a long name between the auxiliary and its participle still leaves the question passive.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class NameModifierTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("When did Montenegro leave the state union?")]
    [InlineData("when did montenegro hold the referendum to leave the state union")]
    [InlineData("When did Montenegro leave the State Union in a referendum?")]
    public void Leaving_the_state_union_is_answered_by_the_independence_referendum(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("21 May 2006", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("October 2016", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_of_a_name_names_no_predicate()
    {
        var question = Question.Parse("When did Montenegro leave the state union?", fixture.Knowledge);

        Assert.DoesNotContain("state", question.PredicateIds);
        Assert.DoesNotContain("state", question.VerbPredicateIds);
    }

    [Fact]
    public void A_long_name_between_the_auxiliary_and_the_participle_is_one_word()
    {
        var question = Question.Parse("When was the State Union of Serbia and Montenegro created?", fixture.Knowledge);

        Assert.Equal("created", question.UnfamiliarEvent?.Verb);
    }
}
