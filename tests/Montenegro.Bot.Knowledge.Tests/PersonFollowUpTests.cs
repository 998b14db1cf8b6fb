using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Frames;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Follow-ups about the person the last answer named ("who did he meet?"), answered from what the source goes on to
/// say about that person, and declined when it says nothing of the kind.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class PersonFollowUpTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // The meeting is told in the sentence after the visit, which calls him "the Secretary", not by name; the MP's warning
    // is followed by no meeting, so the same words after him are declined.
    [Fact]
    public void Asking_who_he_met_gets_the_meeting_told_after_a_visitors_visit_and_is_declined_after_someone_who_met_nobody()
    {
        var afterTheVisit = Converse("Which US defense secretary paid Montenegro an official visit?", "who did he meet?");
        var afterTheWarning = Converse("Which Russian MP called Montenegro a legitimate target?", "who did he meet?");

        Assert.True(afterTheVisit.Answered, afterTheVisit.Text);
        Assert.Contains("Đukanović", afterTheVisit.Text, StringComparison.Ordinal);
        Assert.False(afterTheWarning.Answered, afterTheWarning.Text);
    }
}
