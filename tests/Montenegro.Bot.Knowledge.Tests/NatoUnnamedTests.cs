namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// NATO goes unnamed in the sentences of the passages about it, so a question naming NATO may be answered by them; but a
/// sentence that neither names NATO nor stands in such a passage tells of another body's deed.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class NatoUnnamedTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("When was Montenegro admitted to NATO?")]
    [InlineData("when was montenegro accepted into nato")]
    public void Admission_to_NATO_is_not_answered_with_the_admission_to_the_United_Nations(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Text.StartsWith("Membership in the United Nations", StringComparison.Ordinal), answer.Text);
        Assert.DoesNotContain(answer.Fields, f => f.Value.Contains("2006-06-28", StringComparison.Ordinal));
    }

    [Fact]
    public void Admission_to_the_United_Nations_is_still_answered_with_its_date()
    {
        var answer = fixture.Engine.Ask("When was Montenegro admitted to the United Nations?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("28 June 2006", answer.Text, StringComparison.Ordinal);
    }
}
