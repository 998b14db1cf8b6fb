namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "And did Montenegro hand him over?": a follow-up's leading "and" comes before the yes/no question it asks, which gets
/// its verdict from the evidence ("No. ... refused to extradite") instead of a decline that quotes that very evidence.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class LeadingAndYesNoTests(KnowledgeFixture fixture)
{
    [Fact]
    public void And_did_they_hand_him_over_after_two_questions_on_Senin_gets_a_no_with_the_refusal()
    {
        var answer = fixture.Engine.Converse("Who is Dmitry Senin?", "when did he flee russia", "and did montenegro hand him over?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("refused to extradite", answer.Text, StringComparison.Ordinal);
    }
}
