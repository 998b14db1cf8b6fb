using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "What happens next?" asks for the next step the sources give, in any inflection of the asking verb; after a side
/// question ("how did Russia react?") it is still about the conversation's subject, not about the side.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class WhatHappensNextTests(KnowledgeFixture fixture)
{
    private const string NextStep = "security cooperation agreement";

    [Theory]
    [InlineData("what comes next for montenegro and ukraine?")]
    [InlineData("What happens next for Montenegro after the Ukraine mission vote?")]
    public void Asking_what_comes_next_gets_the_next_step(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(NextStep, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_happens_next_after_a_question_on_russias_reaction_is_about_the_vote()
    {
        var answer = fixture.Engine.Converse(
            "How did Montenegro's parliament vote on joining NATO's mission to train Ukraine's forces?",
            "how did russia react",
            "what happens next?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(NextStep, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_happens_next_after_several_side_questions_is_still_about_the_vote()
    {
        var answer = fixture.Engine.Converse(
            "How did Montenegro's parliament vote on sending troops to NATO's training mission for Ukraine?",
            "so how many were against?",
            "did any pro-russian MPs vote for it?",
            "how did the russians react?",
            "what happens next?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(NextStep, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_next_step_will_happen_is_a_forecast_no_source_gives()
    {
        // The agreement's ratification is still to come; the accession treaty's ratification in 2017 is another one.
        var answer = fixture.Engine.Converse(
            "How did Montenegro's parliament vote on the NATO training mission for Ukraine?",
            "what is the next step?",
            "when will that be ratified?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void A_follow_up_that_points_back_is_not_answered_from_an_older_turns_subject()
    {
        // "they" are the last turn's party; the seats won are in no source, and the first turn's passage is no answer.
        var answer = fixture.Engine.Converse(
            "What is the New Serb Democracy's position on NATO?",
            "and the Movement for Changes?",
            "what about the SNP?",
            "how many seats did they win in 2016?");

        Assert.False(answer.Answered, answer.Text);
    }
}
