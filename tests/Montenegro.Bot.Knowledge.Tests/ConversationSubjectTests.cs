using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Frames;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A follow-up that names no country stays on the country the conversation is about: it is not answered with another
/// country's relations, and is declined when the sources say nothing of the kind about that country.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ConversationSubjectTests(KnowledgeFixture fixture)
{
    private Answer Converse(params string[] questions) => fixture.Engine.Converse(questions);

    // Canada's relations came "later in 2007"; the United States' (August 2006) answer the same words without a country.
    [Fact]
    public void Asking_when_relations_were_set_up_after_questions_on_Canada_gets_Canadas_relations()
    {
        var answer = Converse("Which Canadian minister recognised Montenegro?", "who was the letter addressed to?", "when were diplomatic relations set up?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2007", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("August 15", answer.Text, StringComparison.Ordinal);
    }

    // The sources say nothing of a Japanese embassy; China's in Podgorica is no answer about Japan.
    [Fact]
    public void Asking_where_its_embassy_is_after_a_country_the_sources_leave_out_is_declined()
    {
        var answer = Converse("When did Japan recognise Montenegro?", "where is its embassy?");

        Assert.False(answer.Answered, answer.Text);
    }
}
