using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Tests.Sources;

namespace Montenegro.Bot.Knowledge.Tests.Extraction;

/// <summary>
/// A Markdown note dropped into a copy of data/ without a sources.json entry, about a neighbour: its recognition of
/// Montenegro, the two states' relations and a recognition Montenegro itself made. Every answer the note gives is given
/// from it, and a decline says only what the sources really leave out.
/// </summary>
public sealed class NewNeighbourNoteTests : IDisposable
{
    private readonly DataFolder _data = new();
    private readonly KnowledgeBase _knowledge;
    private readonly AnswerEngine _engine;

    public NewNeighbourNoteTests()
    {
        _data.Write("neighbour.md", """
            # Montenegro and Bosnia and Herzegovina

            Bosnia and Herzegovina recognised Montenegro on 15 June 2006. The two countries established diplomatic relations on 26 July 2006.

            Montenegro itself recognised Kosovo on 9 October 2008, a decision that strained its relations with Serbia.
            """);
        _knowledge = KnowledgeBaseLoader.Load(_data.Path);
        _engine = new AnswerEngine(_knowledge);
    }

    [Theory]
    [InlineData("When did Bosnia and Herzegovina recognise Montenegro?", "15 June 2006")]
    [InlineData("when did bosnia recognize montenegro", "15 June 2006")]
    [InlineData("When did Montenegro and Bosnia and Herzegovina establish diplomatic relations?", "26 July 2006")]
    [InlineData("Does Montenegro have diplomatic relations with Bosnia and Herzegovina?", "26 July 2006")]
    [InlineData("When did Montenegro recognise Kosovo?", "9 October 2008")]
    [InlineData("When was Kosovo recognised by Montenegro?", "9 October 2008")]
    public void What_the_note_states_is_answered_from_the_note(string question, string date)
    {
        var answer = _engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(date, answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Sources, s => s.Id.StartsWith("neighbour/", StringComparison.Ordinal));
        Assert.DoesNotContain("no diplomatic relations", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_list_of_recognitions_of_Montenegro_has_the_neighbour_and_not_Montenegros_own_recognition()
    {
        var answer = _engine.Ask("Which countries recognised Montenegro?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Bosnia and Herzegovina", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kosovo", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_across_sources_gives_the_verdict_with_both_dates()
    {
        var answer = _engine.Ask("Who recognised Montenegro first, Bosnia and Herzegovina or Russia?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Russia", answer.Text, StringComparison.Ordinal);
        Assert.Contains("11 June 2006", answer.Text, StringComparison.Ordinal);
        Assert.Contains("15 June 2006", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recognition_Montenegro_did_not_make_is_declined_naming_the_one_it_made()
    {
        var answer = _engine.Ask("When did Montenegro recognise Serbia?");

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("Kosovo (9 October 2008)", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_the_sources_do_not_give_about_the_neighbour_is_declined()
    {
        var answer = _engine.Ask("When did Bosnia and Herzegovina join NATO?");

        Assert.False(answer.Answered, answer.Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _data.Dispose();
    }
}
