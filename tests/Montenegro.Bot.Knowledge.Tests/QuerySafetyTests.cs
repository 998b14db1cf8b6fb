namespace Montenegro.Bot.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class QuerySafetyTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("*:*")]
    [InlineData("\"")]
    [InlineData("(")]
    [InlineData("title:x AND ~ ^2 {[ ]}")]
    [InlineData("~0.5 AND NOT OR * ?")]
    [InlineData("\\ / ? : ! & |")]
    public void Lucene_syntax_is_just_words(string hostile)
    {
        var answer = fixture.Engine.Ask(hostile);
        Assert.False(answer.Answered);
        Assert.NotEmpty(answer.Text);
    }

    [Fact]
    public void Query_syntax_around_a_real_question_does_not_change_the_answer()
    {
        var plain = fixture.Engine.Ask("When did Russia recognise Montenegro?");
        var decorated = fixture.Engine.Ask("When (did) Russia* recognise: Montenegro~? AND title:x");
        Assert.True(decorated.Answered);
        Assert.Equal(plain.Text, decorated.Text);
    }

    [Fact]
    public void A_100_KB_message_is_answered_without_failing()
    {
        var huge = "When did Russia recognise Montenegro? " + string.Concat(Enumerable.Repeat("lorem ipsum 😀 ", 8_000));
        Assert.True(huge.Length > 100_000);
        var answer = fixture.Engine.Ask(huge);
        Assert.True(answer.Answered);
        Assert.Contains("11 June 2006", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@everyone @here <@&123> what's up")]
    [InlineData("😀😀😀")]
    [InlineData("متى اعترفت اليابان بالجبل الأسود؟")]
    [InlineData("日本は何時モンテネグロを承認しましたか")]
    [InlineData("\u0000\u0007\u202e")]
    public void Mentions_emoji_other_scripts_and_control_characters_get_a_polite_decline(string text)
    {
        var answer = fixture.Engine.Ask(text);
        Assert.False(answer.Answered);
        Assert.DoesNotContain("@everyone", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@everyone who is the speaker of parliament?")]
    [InlineData("<@123456789012345678> who is the speaker of parliament?")]
    [InlineData("who is the speaker of parliament? @here")]
    public void A_chat_address_around_a_question_does_not_change_its_answer(string addressed)
    {
        var plain = fixture.Engine.Ask("who is the speaker of parliament?");
        var answer = fixture.Engine.Ask(addressed);
        Assert.True(plain.Answered);
        Assert.Equal(plain.Text, answer.Text);
        Assert.DoesNotContain("@", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_that_is_only_chat_addresses_is_refused_like_a_blank_one()
    {
        var answer = fixture.Engine.Ask("@everyone <@&123> @here");
        Assert.False(answer.Answered);
        Assert.Equal(fixture.Engine.Ask("   ").Text, answer.Text);
    }

    [Fact]
    public void Blank_questions_are_refused_with_a_message()
    {
        var answer = fixture.Engine.Ask("   \t ");
        Assert.False(answer.Answered);
        Assert.Equal("error", answer.Intent);
        Assert.Contains("Ask me a question", answer.Text, StringComparison.Ordinal);
    }
}
