namespace Montenegro.Bot.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class PersonConnectionTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("What part did Sekulović play?", "spokesperson")]
    [InlineData("What's Boro Vučinić's connection to this story?", "Defense Minister")]
    [InlineData("How does Vojvodić fit into this story?", "MAPA")]
    public void A_question_asking_only_how_a_named_person_comes_in_is_answered_with_the_sentence_giving_the_role(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_the_sources_do_not_name_or_a_link_their_sentence_does_not_state_stays_declined()
    {
        foreach (var question in new[]
        {
            "What's John Smith's connection to this story?",
            "What is Radomir Sekulović's connection to China?",
            "What was Sekulović's salary?",
        })
        {
            var answer = fixture.Engine.Ask(question);
            Assert.False(answer.Answered, answer.Text);
        }
    }
}
