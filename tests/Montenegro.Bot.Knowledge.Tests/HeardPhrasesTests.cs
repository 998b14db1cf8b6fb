using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Speech-to-text writes a phrase of the sources otherwise: a name's initials said letter by letter ("d p s"), a word heard as
/// another that sounds the same ("meat with", "know to NATO"), a name as several ordinary words ("and rea man ditch") and a
/// j for the sound of đ ("jew kanovich"). Where the sources bear the reading out it is theirs; a real question stays as asked.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class HeardPhrasesTests(KnowledgeFixture fixture)
{
    private HeardPhrases Heard => new(fixture.Knowledge.Passages.Select(p => p.Text), fixture.Knowledge.Lexicon);

    [Theory]
    [InlineData("how many votes did the d p s get in 2016", "how many votes did the Democratic Party of Socialists get in 2016")]
    [InlineData("when did montenegro adopt the i p a p", "when did montenegro adopt the Individual Partnership Action Plan")]
    [InlineData("which prime minister did the defence secretary meat with", "which prime minister did the defence secretary meet with")]
    [InlineData("what did the know to nato campaign do", "what did the no to nato campaign do")]
    [InlineData("when did montenegro declare independents", "when did montenegro declare independence")]
    [InlineData("what part did and rea man ditch play in the vote", "what part did Andria Mandic play in the vote")]
    [InlineData("how many soldiers did montenegro send to afghan is stan in 2010", "how many soldiers did montenegro send to Afghanistan in 2010")]
    [InlineData("what happened with the rush in diplomats in 2022", "what happened with the Russian diplomats in 2022")]
    public void A_heard_phrase_is_read_as_the_sources_write_it(string question, string expected) =>
        Assert.Equal(expected, Heard.Rewrite(question));

    [Theory]
    [InlineData("do you know to which countries montenegro sells meat")]
    [InlineData("does montenegro export meat to russia")]
    [InlineData("how many independents ran in the 2016 election")]
    [InlineData("did the senators eat meat in montenegro")]
    [InlineData("is there a no fly zone over montenegro")]
    [InlineData("what does the a b c news say about montenegro")]
    [InlineData("when did montenegro join n a t o")]
    [InlineData("did russia rush in to help")]
    [InlineData("what can you do?")]
    [InlineData("when did Monty Negro join the nato alliance")]
    [InlineData("in which year did croatia become a nato ally")]
    public void A_question_the_sources_do_not_bear_out_stays_as_asked(string question) =>
        Assert.Same(question, Heard.Rewrite(question));

    [Theory]
    [InlineData("which two countries did jew kanovich accuse of backing the protests", "Đukanović")]
    [InlineData("what did jew kanovich say about nato in 2014", "Đukanović")]
    public void A_j_heard_for_dj_is_the_name_said_so(string question, string expected) =>
        Assert.Contains(expected, fixture.Knowledge.Normalizer.Normalize(question).English, StringComparison.Ordinal);

    [Theory]
    [InlineData("what percent of the popular vote did the d p s win in october 2016", "41%")]
    [InlineData("which two countries did jew kanovich accuse of backing the protests", "Serbia and Russia")]
    [InlineData("who did the six u s senators meat with during there visit to montenegro", "Vujanović")]
    public void A_question_with_a_heard_phrase_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_with_a_heard_phrase_off_the_sources_topics_is_declined() =>
        Assert.False(fixture.Engine.Ask("what is the d p s position on climate change").Answered);
}
