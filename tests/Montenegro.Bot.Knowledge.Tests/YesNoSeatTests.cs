namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A yes/no question that places its deed in a city standing for a body ("in Brussels", a name of the EU) asks about the
/// place, not the body: the evidence that puts the deed elsewhere answers "No." with the place it names.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class YesNoSeatTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Did Montenegro deposit its instrument of accession in Brussels?")]
    [InlineData("did montenegro deposit the accession instrument in brussels")]
    public void A_deed_asked_of_a_seat_it_took_place_elsewhere_is_answered_no_with_the_place(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No. ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Washington", answer.Text, StringComparison.Ordinal);
    }
}
