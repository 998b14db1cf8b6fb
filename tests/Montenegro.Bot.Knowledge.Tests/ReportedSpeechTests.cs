namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "What did X say": answered by a text that reports X's words in any verb of speech (said, warned, rebuked), and declined
/// when the sources name X and the occasion but report nothing said.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ReportedSpeechTests(KnowledgeFixture fixture)
{
    [Fact]
    public void What_a_senator_said_on_a_visit_the_sources_only_list_him_on_is_declined()
    {
        var answer = fixture.Engine.Ask("What did John McCain say when the senators visited Montenegro?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("What did Degtyarev say about NATO membership?", "legitimate target")]
    [InlineData("what did the russian embassy say about the expulsions", "Russian Embassy")]
    public void What_someone_said_is_answered_by_the_sentence_reporting_it_in_another_verb(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reaction_in_words_the_question_lacks_is_found_among_more_candidates_and_anything_asks_nothing()
    {
        // The embassy's rebuke names neither the vote nor Ukraine (its source's title does), so lexical search ranks it low.
        var answer = fixture.Engine.Ask("did the russians say anything about the ukraine vote?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Western line", answer.Text, StringComparison.Ordinal);
    }
}
