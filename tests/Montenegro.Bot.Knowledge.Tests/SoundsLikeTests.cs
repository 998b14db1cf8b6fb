namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Speech-to-text writes a name of the sources as ordinary words that sound like it ("nay toe" for NATO, "you crane" for
/// Ukraine): those words are the name, while ordinary phrases that share its sounds ("give its nod to") stay as they are.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class SoundsLikeTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("is monte negro actually in nay toe", "is montenegro actually in NATO")]
    [InlineData("how many votes for the you crane training mission", "how many votes for the Ukraine training mission")]
    [InlineData("when was the axe session protocol signed", "when was the Accession protocol signed")]
    [InlineData("who is igor zight sev", "who is igor Zaytsev")]
    [InlineData("who is andrea man ditch", "who is Andria Mandic")]
    [InlineData("who was miodrag vla ho vich", "who was miodrag Vlahović")]
    public void Words_that_sound_like_a_name_are_the_name(string question, string expected) =>
        Assert.Equal(expected, fixture.Knowledge.Normalizer.Normalize(question).English, ignoreCase: true);

    [Theory]
    [InlineData("Which day did the European Council of Ministers give its nod to an independent Montenegro?", "NATO")]
    [InlineData("What did CEDEM find in June 2017?", "Fund")]
    [InlineData("Why did the Russian-backed coup plotters act in October 2016?", "Action")]
    [InlineData("When did the foreign ministers put their signatures on Montenegro's accession protocol?", "Peter")]
    [InlineData("Why did Russia try to topple the Montenegrin government in 2016?", "Treaty")]
    [InlineData("whn did montenegro joinn natto", "Montenegrin")]
    public void Ordinary_words_that_share_a_names_sounds_stay_ordinary(string question, string notExpected) =>
        Assert.DoesNotContain(notExpected, fixture.Knowledge.Normalizer.Normalize(question).English, StringComparison.Ordinal);

    [Theory]
    [InlineData("is monte negro actually in nay toe", "5 June 2017")]
    [InlineData("how many votes for the you crane training mission", "44")]
    [InlineData("who was mio drag vla ho vich", "Foreign Minister")]
    public void A_question_with_a_name_heard_as_other_words_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
