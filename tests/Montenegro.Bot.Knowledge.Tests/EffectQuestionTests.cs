namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question on what one thing did to another ("how did the invasion affect ties", "what did it do to relations") is
/// answered with the whole sentence that tells it, the clause that says how included, not the fact cut from its start.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class EffectQuestionTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("what did russias in vasion of ukraine in twenty twenty two do to relations with montenegro")]
    [InlineData("How did the 2022 invasion of Ukraine affect relations between Russia and Montenegro?")]
    public void What_came_of_the_invasion_is_told_with_the_expulsions_and_the_consulate(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("expelled", answer.Text, StringComparison.Ordinal);
        Assert.Contains("consulate", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_when_question_on_the_same_fact_keeps_its_short_answer()
    {
        var answer = fixture.Engine.Ask("When did Russia's invasion of Ukraine happen?");

        Assert.True(answer.Answered, answer.Text);
        Assert.DoesNotContain("consulate", answer.Text, StringComparison.Ordinal);
    }
}
