namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "What exactly did Mandic say in the debate?": the sources name the Speaker only as a supporter of the resolution and
/// report no words of his, so the question is declined, saying so, rather than answered with the vote. Someone whose words
/// the sources do report ("claims Montenegro cannot afford to remain neutral") is still answered, and "why did they say
/// it" asks a reason, not the words.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class SilentSpeakerTests(KnowledgeFixture fixture)
{
    [Fact]
    public void What_a_named_supporter_said_is_declined_when_the_sources_report_none_of_his_words()
    {
        var answer = fixture.Engine.Ask("what exactly did mandic say in the parliamentary debate on the ukraine mission");

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("don't say what Mandic said", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_speaker_said_about_the_mission_is_not_answered_with_the_vote()
    {
        var answer = fixture.Engine.Ask("What did Andria Mandic say about sending troops to the Ukraine mission?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void What_a_coalition_argued_is_answered_by_the_claim_the_sources_report()
    {
        var answer = fixture.Engine.Ask("What did Milo Đukanović's ruling coalition argue Montenegro could not afford to be?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("neutral", answer.Text, StringComparison.Ordinal);
    }
}
