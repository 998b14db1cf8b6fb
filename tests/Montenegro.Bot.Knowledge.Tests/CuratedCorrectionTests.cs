namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A curated correction ("The sources do not say that Montenegro has joined the EU") answers questions about what it
/// names, and is no decline of a question that only shares its other words.
/// </summary>
public sealed class CuratedCorrectionTests(HybridRetrievalTests.Fixture fixture) : IClassFixture<HybridRetrievalTests.Fixture>
{
    [Fact]
    public void A_correction_about_the_eu_is_no_answer_to_a_question_that_does_not_name_it()
    {
        var answer = fixture.Hybrid.Ask("Which Russian politician said joining NATO would put Montenegro in the crosshairs of Russian missiles?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Degtyarev", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_about_joining_the_eu_still_gets_the_correction()
    {
        var answer = fixture.Hybrid.Ask("has montenegro joined the eu?");

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("do not say that Montenegro has joined the EU", answer.Text, StringComparison.Ordinal);
    }
}
