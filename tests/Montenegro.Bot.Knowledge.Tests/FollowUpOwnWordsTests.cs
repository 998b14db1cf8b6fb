namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A follow-up's own words decide what it asks; the last turn supplies only what it leaves out. A follow-up naming a thing
/// of its own ("the next step", "the governing coalition") is answered from the passage that tells it, not from the last
/// answer's passage; "there", said of Montenegro after a turn on one foreign country, is that country.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class FollowUpOwnWordsTests(KnowledgeFixture fixture)
{
    // "The next step for Montenegro is the ratification of a security cooperation agreement with Ukraine."
    [Fact]
    public void Asking_the_next_step_after_the_reaction_to_the_vote_gives_the_agreement()
    {
        var answer = fixture.Engine.Converse("How did Russia react to the Ukraine mission vote?", "what was the next step for the parliament?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("security cooperation", answer.Text, StringComparison.Ordinal);
    }

    // "A split in the ruling coalition followed in January 2016."
    [Fact]
    public void Asking_what_became_of_the_coalition_after_a_poll_gives_the_split()
    {
        var answer = fixture.Engine.Converse("When was the riot in Podgorica?", "what did a poll two months later show about support for NATO?", "and what happened to the ruling coalition after that?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("split", answer.Text, StringComparison.Ordinal);
    }

    // "Was there" is no place: the protests in Podgorica, not Russia.
    [Fact]
    public void An_existential_there_is_not_made_the_country_of_the_last_turn()
    {
        var answer = fixture.Engine.Converse("When did Russia recognise Montenegro?", "was there a protest in Montenegro?");

        Assert.DoesNotContain("in Russia", answer.Turn!.Frame.Text, StringComparison.Ordinal);
    }

    // A follow-up with one word of its own is still a variation of the last question: Russia's response to the vote.
    [Fact]
    public void Asking_how_russia_responded_after_the_vote_stays_on_the_vote()
    {
        var answer = fixture.Engine.Converse("How many MPs voted to send personnel to NATO's mission for Ukraine?", "how did russia respond?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Western line", answer.Text, StringComparison.Ordinal);
    }

    // "The Montenegrin embassy in China opened in Beijing on November 13, 2007."
    [Fact]
    public void Asking_for_montenegros_embassy_over_there_after_chinas_gives_beijing()
    {
        var answer = fixture.Engine.Converse("When did China open its embassy in Podgorica?", "and montenegro's embassy over there?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Beijing", answer.Text, StringComparison.Ordinal);
    }
}
