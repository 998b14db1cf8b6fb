namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A yes/no claim resting on a word that singles its subject out ("the only", "the biggest") or judges it ("good", "smart") is
/// declined when the passage found tells of the subject but neither says so nor settles it; a claim the evidence states or a
/// verdict the engine works out is still answered.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class UnsupportedQualifierTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Is MAPA the only agency that worked on the NATO campaign?", "only")]
    [InlineData("Was the Riga summit the biggest NATO summit?", "biggest")]
    public void A_claim_singling_its_subject_out_that_the_passage_does_not_make_is_declined_with_the_nearest_passage(string question, string word)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.StartsWith($"My sources don't say that it was the {word} one.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("The nearest they say:", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Was the transit agreement a good deal for Montenegro?", "good")]
    [InlineData("Was joining western sanctions in 2014 a smart decision?", "smart")]
    public void A_judging_claim_the_passage_does_not_make_is_declined(string question, string word)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.StartsWith($"My sources don't judge whether it was {word}.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_the_passage_states_is_still_answered_yes()
    {
        var answer = fixture.Engine.Ask("Was Russia the first permanent Security Council member to recognise Montenegro?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Yes.", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Did China or France recognise Montenegro first?", "14 June")]
    [InlineData("Was Spain the last ally to ratify Montenegro's accession?", "Spain")]
    public void A_choice_or_a_verdict_the_engine_works_out_is_still_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
