namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// An everyday English word one letter away from a country's name ("begin" and Benin, "parts" and Paris) is read as the
/// word: the question is not taken to be about a place it never named, and is answered as asked.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class OrdinaryWordNotAPlaceTests(KnowledgeFixture fixture)
{
    [Fact]
    public void When_did_the_last_accession_talks_begin_is_answered_not_taken_for_benin()
    {
        var answer = fixture.Engine.Ask("when did the final round of nato accession talks begin?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("February 2016", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when did the talks begin")]
    [InlineData("which parts of the country voted")]
    [InlineData("was the child born there")]
    public void An_ordinary_word_names_no_place(string text)
    {
        Assert.Empty(fixture.Knowledge.Recognizer.Recognize(text));
    }

    // A misspelt name is still read as the name it misspells.
    [Fact]
    public void A_typo_of_a_name_is_still_the_name()
    {
        Assert.Contains(fixture.Knowledge.Recognizer.Recognize("when did rusia recognise montenegro"), m => m.Entity.Id == "russia");
    }
}
