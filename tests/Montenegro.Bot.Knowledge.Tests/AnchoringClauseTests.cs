using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A question placed in time by a closing clause of its own ("... after MPs approved the training mission?"): the question
/// proper is answered in the scene the clause names, only from the sources' telling of that scene.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class AnchoringClauseTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("How did Russia's diplomatic mission in Podgorica characterise Montenegro after MPs approved the Ukraine training mission?", "Western line")]
    [InlineData("What did the Russian embassy accuse Montenegro of after parliament backed the training mission?", "Western line")]
    [InlineData("What status did Montenegro hold in NATO after accession talks wrapped up but before every ally had ratified?", "observer")]
    public void A_question_anchored_after_an_event_is_answered_from_the_telling_of_that_event(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did the US embassy accuse Montenegro of after MPs approved the mission?")]
    [InlineData("How did the Chinese embassy characterise Montenegro after the vote?")]
    public void A_speaker_the_scene_does_not_tell_of_stays_declined(string question)
    {
        Assert.False(fixture.Engine.Ask(question).Answered, fixture.Engine.Ask(question).Text);
    }

    [Fact]
    public void The_clause_is_split_off_at_the_first_conjunction_of_time_and_a_second_bound_is_left_out()
    {
        var split = AnchoringClause.Split("What status did Montenegro hold in NATO after accession talks concluded but before every ally had ratified?");
        Assert.NotNull(split);
        Assert.Equal("What status did Montenegro hold in NATO?", split.Value.Question);
        Assert.Equal("accession talks concluded", split.Value.Scene);
    }

    [Theory]
    [InlineData("Which country recognised Montenegro after Russia did?")]
    [InlineData("What happened after Russia?")]
    [InlineData("When did Montenegro join NATO?")]
    [InlineData("What did the DAMAR poll two weeks after 26 June 2016 show?")]
    public void An_order_asked_for_or_a_question_without_a_clause_is_not_split(string question)
    {
        Assert.Null(AnchoringClause.Split(question));
    }
}
