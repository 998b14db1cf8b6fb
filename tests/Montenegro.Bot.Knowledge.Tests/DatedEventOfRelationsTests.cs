namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// "When" questions about one event of a country's relations: the sentence part that dates it answers, and the story of the
/// relations in date order never stands in for an event it does not state.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class DatedEventOfRelationsTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("when did former colonel Senin flee Russia?")]
    [InlineData("Koje godine je bivši pukovnik FSB-a Dmitrij Senjin pobjegao iz Rusije?")]
    [InlineData("Које године је бивши пуковник ФСБ-а Дмитриј Сењин побјегао из Русије?")]
    public void A_date_stated_inside_a_longer_sentence_answers_when(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2017", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On what date did Montenegro and Russia establish diplomatic relations?")]
    [InlineData("When did Montenegro establish diplomatic relations with Russia?")]
    public void The_relations_story_does_not_answer_when_an_event_it_never_states_happened(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void When_an_event_of_the_relations_is_stated_its_date_answers_alone()
    {
        var answer = fixture.Engine.Ask("when did Montenegro and the US establish relations");
        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Diplomatic relations between the two countries were established on August 15", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_event_of_the_same_country_section_is_no_date_of_the_one_asked()
    {
        var answer = fixture.Engine.Ask("When did Montenegro expel Igor Zaytsev?");
        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void An_event_of_the_section_that_is_the_one_asked_is_still_dated()
    {
        var answer = fixture.Engine.Ask("When did China open its embassy in Podgorica?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("July 7, 2006", answer.Text, StringComparison.Ordinal);
    }
}
