using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "What is the next step for Montenegro?" after "how did Russia respond?": "for" before a name is a preposition, not the
/// side of a vote or poll to turn, when the last question asked no side; the follow-up is its own question.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class SideWordAsPrepositionTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    [Fact]
    public void The_next_step_for_a_name_is_not_the_last_question_turned_to_a_side()
    {
        var answer = Converse("How did Montenegro's parliament vote on the NATO mission for Ukraine?", "how did Russia respond?", "and what is the next step for montenegro?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("security cooperation", answer.Text, StringComparison.Ordinal);
    }

    // What it would cover is the scope the same sentence states.
    [Fact]
    public void What_the_next_step_would_cover_is_the_scope_its_sentence_states()
    {
        var answer = Converse("How did Montenegro's parliament vote on the NATO mission for Ukraine?", "how did Russia respond?", "and what is the next step for montenegro?", "what would it cover?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("intelligence", answer.Text, StringComparison.Ordinal);
    }
}
