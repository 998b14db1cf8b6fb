namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Near-miss questions share most words with a passage but ask for something it does not say: a thing of another
/// country's, a qualified thing the text names only as the question's own words, a response by someone the text never names.
/// They are declined, while questions of the same shape that the text does answer still are answered.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class NearMissDeclineTests(KnowledgeFixture fixture)
{
    [Fact]
    public void What_was_said_about_one_countrys_weapons_is_not_answered_with_what_was_said_about_anothers()
    {
        var answer = fixture.Engine.Ask("What did the State Duma say about German tanks being sent to Ukraine?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void What_was_said_about_the_weapons_the_text_names_is_still_answered()
    {
        var answer = fixture.Engine.Ask("What did the State Duma say about French fighters being sent to Ukraine?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("French fighters", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_countrys_unit_is_not_named_by_a_text_that_only_says_under_its_command()
    {
        var answer = fixture.Engine.Ask("Which German unit commanded the Montenegrin officers in Afghanistan?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void A_countrys_embassy_named_in_the_text_is_still_answered()
    {
        var answer = fixture.Engine.Ask("Which Canadian embassy is accredited to Montenegro?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Belgrade", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reaction_is_not_answered_by_a_text_that_never_names_who_reacted()
    {
        var answer = fixture.Engine.Ask("How did the Russian embassy react to the June vote on the EU military assistance mission for Ukraine?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void A_reply_is_not_answered_by_the_criticism_it_would_reply_to()
    {
        var answer = fixture.Engine.Ask("How did Montenegro's parliament reply to the Russian embassy's criticism of the Ukraine mission vote?");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void A_reaction_by_someone_the_text_names_is_still_answered()
    {
        var answer = fixture.Engine.Ask("How did the Russian embassy react to the vote on the NATO mission for Ukraine?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Russian Embassy", answer.Text, StringComparison.Ordinal);
    }
}
