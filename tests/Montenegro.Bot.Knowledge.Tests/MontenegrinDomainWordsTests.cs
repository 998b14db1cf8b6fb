namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// The everyday words of the domain's news reach the sources' words from Montenegrin in any case or script: to block
/// ("blokirao") is to veto, a dispute ("spora") over a name ("imena"), a newspaper ("novine", "list") that wrote
/// ("pisale"), several times ("više puta"), stayed ("boravio"), "will join together with" ("će ući zajedno sa"). A question
/// left with such words untranslated shared too few words with its passage and was declined though the passage answers it.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class MontenegrinDomainWordsTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Ко је блокирао пријем Македоније у НАТО због спора око назива?", "Greece")]
    [InlineData("Zbog kojeg spora je Grčka blokirala Makedoniju?", "naming dispute")]
    [InlineData("Koji oficir GRU-a je više puta boravio u Crnoj Gori?", "Zaytsev")]
    [InlineData("Које новине су писале у децембру 2013. да ће Црна Гора ући у НАТО заједно са Македонијом?", "Dnevne Novine")]
    [InlineData("Kome je navodno trebalo da bude predata oprema za šifrovanje?", "Sekulović")]
    public void A_question_in_the_domains_everyday_words_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // No source names a newspaper that reported these, nor the day relations with Canada began, nor a verdict for the plotters.
    [InlineData("Koje novine su prve objavile vijest o priznanju Crne Gore od strane Rusije?")]
    [InlineData("Који лист је писао о протјеривању руских дипломата 2022?")]
    [InlineData("Kojeg tačno dana 2007. su Kanada i Crna Gora uspostavile diplomatske odnose?")]
    [InlineData("Koliko je zavjerenika osuđeno nakon pokušaja puča?")]
    public void A_near_miss_in_those_words_is_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
