using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// The chat register read as what it asks: tag questions ("…, right?"), two-digit years ("since like 91"), filler between a
/// phrasal verb and its particle, filler words that are no terms a passage must cover ("guy", "he", "pretty"), colloquial
/// verbs ("end up shutting", "drag its feet"), a real word that is no typo ("ham"), and the near misses that stay declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ChatRegisterTests(KnowledgeFixture fixture)
{
    private string English(string question) => fixture.Knowledge.Normalizer.Normalize(question).English;

    [Theory]
    [InlineData("montenegro wouldnt extradite senin, right? why not", "right")]
    [InlineData("the embassy was angry huh", "huh")]
    public void A_tag_question_is_no_word_of_the_question(string question, string tag) =>
        Assert.DoesNotContain(tag, English(question).Split([' ', ',', '?'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void A_word_after_an_article_is_no_tag() =>
        Assert.Contains("the right", English("which party sits on the right?"), StringComparison.Ordinal);

    [Theory]
    [InlineData("which party has governed montenegro since like 91", "1991")]
    [InlineData("what happened back in '06 with serbia", "back in 2006")]
    [InlineData("who won the vote in 16?", "in 2016")]
    public void Two_digits_after_a_year_word_are_a_year_the_sources_name(string question, string expected) =>
        Assert.Contains(expected, English(question), StringComparison.Ordinal);

    [Theory]
    [InlineData("did parliament decide in 10 days", "in 10 days")]
    [InlineData("did it pass by 44 votes", "by 44 votes")]
    public void Two_digits_counting_what_follows_are_no_year(string question, string expected) =>
        Assert.Contains(expected, English(question), StringComparison.Ordinal);

    [Fact]
    public void Filler_between_a_verb_and_its_particle_leaves_the_phrasal_verb() =>
        Assert.Contains("extradite", English("did montenegro ever hand the uh ex-fsb guy back"), StringComparison.Ordinal);

    [Fact]
    public void A_real_word_one_vowel_from_a_cue_word_is_no_typo() =>
        Assert.Contains("ham radio", English("what number is montenegro on the ham radio list"), StringComparison.Ordinal);

    [Fact]
    public void A_real_word_is_not_bent_towards_a_chat_filler() =>
        Assert.Contains("deal", English("when was the transit deal signed"), StringComparison.Ordinal);

    [Theory]
    [InlineData("who is this degtyarev guy", "guy")]
    [InlineData("what did he say about the pretty salty vote", "he")]
    [InlineData("which party backed it even though its leader is pro-russian", "though")]
    public void A_chat_filler_is_no_content_term(string question, string filler) =>
        Assert.DoesNotContain(filler, Question.Parse(question, fixture.Knowledge).ContentTerms);

    [Theory]
    [InlineData("wait what number nato member did montenegro end up being", "29th")]
    [InlineData("which party has pretty much been in charge since '91 huh", "Democratic Party of Socialists")]
    [InlineData("bro what year did russia end up shutting its consulate in podgorica", "2022")]
    [InlineData("ok so how long did parliament drag its feet over the ukraine mission", "nine months")]
    public void A_chat_question_the_sources_answer_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("lol what year did russia end up reopening its consulate in podgorica")]
    [InlineData("which party has basically been running serbia since like 91")]
    [InlineData("bro how many ham radio operators are there in montenegro")]
    [InlineData("tbh who even is montenegro's ambassador to russia rn")]
    public void A_chat_question_the_sources_do_not_answer_stays_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.False(answer.Answered, answer.Text);
    }
}
