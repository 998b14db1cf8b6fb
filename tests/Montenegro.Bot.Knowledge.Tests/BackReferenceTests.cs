using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "The guy you mentioned", "the poll you named": a description pointing back at what the bot said is read as the pronoun
/// it stands for, not as words to find in the sources.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class BackReferenceTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // After the vote the Speaker, Andria Mandic, is the person named: his post is in the answer's own sentence.
    [Fact]
    public void His_job_the_guy_you_mentioned_is_the_post_of_the_person_just_named()
    {
        var answer = Converse("Who supported the resolution on NATO's Ukraine mission besides the pro-Western parties?", "what's his role, the fellow you named?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Speaker", answer.Text, StringComparison.Ordinal);
    }

    // The same words after another person give that person's post: Rumsfeld, the Defense Secretary.
    [Fact]
    public void The_title_of_the_man_you_named_follows_the_person_just_named()
    {
        var answer = Converse("Which US senators visited Montenegro in 2006?", "who came next from Washington?", "what was the title of the man you just named?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Defense Secretary", answer.Text, StringComparison.Ordinal);
    }

    // A thing pointed back at is "that" thing: the poll just given, whose pollster is asked.
    [Fact]
    public void Who_ran_the_poll_you_mentioned_is_the_pollster_of_the_poll_just_given()
    {
        var answer = Converse("What did the NSPM poll show about NATO membership?", "who carried out the poll you mentioned?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("NSPM", answer.Text, StringComparison.Ordinal);
    }
}
