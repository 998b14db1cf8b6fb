namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>Assertions on a question asked in both retrieval modes of <see cref="HybridRetrievalTests.Fixture"/>.</summary>
internal static class HybridAnswerAssert
{
    /// <summary>Asked with meaning on and words only, <paramref name="question"/> is answered, quoting every phrase.</summary>
    public static void AnsweredQuoting(HybridRetrievalTests.Fixture fixture, string question, params string[] phrases) =>
        Assert.All(new[] { fixture.Hybrid.Ask(question), fixture.WordsOnly.Ask(question) }, answer =>
        {
            Assert.True(answer.Answered, answer.Text);
            Assert.All(phrases, phrase => Assert.Contains(phrase, answer.Text, StringComparison.Ordinal));
        });
}
