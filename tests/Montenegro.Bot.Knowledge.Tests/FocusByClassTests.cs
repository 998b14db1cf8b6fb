namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// The thing a "what" or "which" question asks about may be named by its class or in other words than the text's: a post
/// ("what post") by the role the text names, an arrangement by the agreement, and the name of a role's holder by the name the
/// text gives. A text that names no such thing still answers nothing.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class FocusByClassTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("What sort of accord did Montenegro sign with NATO in November 2007?")]
    [InlineData("What kind of arrangement did Montenegro make with NATO in November 2007?")]
    public void An_agreement_asked_in_other_words_is_answered_by_the_agreement(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("transit agreement", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_name_of_a_role_holder_is_answered_by_the_name_set_before_the_title()
    {
        var answer = fixture.Engine.Ask("What is the name of the former FSB colonel Montenegro refused to extradite?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Senin", answer.Text, StringComparison.Ordinal);
    }

    // The sources name none of the expelled diplomats nor any Russian general: "the names of" people of no role, or of a
    // role no text gives a holder of, are not answered by a text that only mentions them.
    [Theory]
    [InlineData("What were the names of the Russian diplomats expelled in 2022?")]
    [InlineData("What is the name of the Russian general who visited Podgorica?")]
    public void Names_no_text_gives_stay_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void A_post_asked_by_its_class_is_answered_by_the_role_the_text_names()
    {
        var answer = fixture.Engine.Ask("What job had Sekulović held at the foreign ministry?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("spokesperson", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_in_a_year_no_text_dates_stays_declined()
    {
        var answer = fixture.Engine.Ask("What post did Milo Đukanović hold in 1995?");

        Assert.False(answer.Answered, answer.Text);
    }
}
