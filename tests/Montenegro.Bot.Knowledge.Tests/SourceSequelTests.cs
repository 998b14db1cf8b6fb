using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "What came next?", "who came next from Washington?": what the source tells after what the last answer quoted, whether
/// the answer quoted whole sentences or only a sentence's first clause; a name as the one acting asks about that actor.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class SourceSequelTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // The same words after two different events give the two different events the source tells next: after Intensified
    // Dialogue, which the answer quotes as the first clause of its sentence, the Individual Partnership Action Plan of the
    // same sentence; after the Adriatic Charter invitation, the application for a Membership Action Plan.
    [Fact]
    public void What_came_next_is_what_the_source_tells_after_the_event_just_given()
    {
        var afterDialogue = Converse("When did Montenegro join the Partnership for Peace?", "and the Intensified Dialogue?", "what came next after that?");
        var afterCharter = Converse("When was Montenegro invited to join the Adriatic Charter?", "what came next after that?");

        Assert.True(afterDialogue.Answered, afterDialogue.Text);
        Assert.Contains("Individual Partnership Action Plan", afterDialogue.Text, StringComparison.Ordinal);
        Assert.True(afterCharter.Answered, afterCharter.Text);
        Assert.Contains("applied for a Membership Action Plan", afterCharter.Text, StringComparison.Ordinal);
    }

    // "Next" standing alone asks the same: after Russia, the first permanent member to recognise, the European Council and
    // the United States the next day.
    [Fact]
    public void Who_came_next_is_the_next_one_the_source_tells()
    {
        var answer = Converse("Which permanent Security Council member recognised Montenegro first?", "who came next?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("European Council", answer.Text, StringComparison.Ordinal);
    }

    // The place the next one came from may be a name the last answer gave (the U.S. senators): Rumsfeld came next. A place
    // the last answer did not name is no reading of the source's next sentence.
    [Fact]
    public void Who_came_next_from_a_place_the_last_answer_named_is_the_next_visitor()
    {
        var fromThere = Converse("Which American senators came to Montenegro in 2006?", "who visited next from the US?");
        var fromElsewhere = Converse("Which American senators came to Montenegro in 2006?", "who came next from moscow?");

        Assert.True(fromThere.Answered, fromThere.Text);
        Assert.Contains("Rumsfeld", fromThere.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rumsfeld", fromElsewhere.Text, StringComparison.Ordinal);
    }

    // "What did Russia do after that?" names the actor, whom the last answer named too: what Russia did, not whatever the
    // source tells next (Montenegro's refusal to extradite Senin).
    [Fact]
    public void What_a_named_actor_did_after_that_is_not_the_next_sentence()
    {
        var answer = Converse("When were six Russian diplomats expelled?", "what did russia do after that?");

        Assert.NotEqual("What came next", answer.Title);
        Assert.DoesNotContain("Senin", answer.Text, StringComparison.Ordinal);
    }
}
