namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Montenegrin questions reach the same predicates as English ones through <c>data/lexicon.json</c>: common verbs ("dobila":
/// got, "trajalo": took), nouns ("protokol") and NATO's case endings ("NATO-u") are read, not left as words no source has.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class MontenegrinVocabularyTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Kada je Crna Gora dobila poziv u NATO?", "2. decembar 2015.")]
    [InlineData("Kog dana je potpisan protokol o pristupanju NATO-u?", "19. maj 2016.")]
    [InlineData("Koliko je trajalo od potpisivanja protokola do članstva u NATO-u?", "382")]
    [InlineData("Kada je Crna Gora proglasila nezavisnost?", "3. jun 2006.")]
    [InlineData("Када је Црна Гора прогласила независност?", "3. јун 2006.")]
    [InlineData("Kada je Kina otvorila ambasadu u Podgorici?", "7. jul 2006.")]
    [InlineData("Koliko je država bez diplomatskih odnosa sa Crnom Gorom?", "Bhutan")]
    [InlineData("Kada je Senat SAD glasao o pristupanju Crne Gore?", "28. mart 2017.")]
    [InlineData("Колико је посланика гласало за резолуцију?", "44")]
    [InlineData("Који је по реду члан НАТО-а постала Црна Гора?", "29th")]
    [InlineData("Kada je Crna Gora primljena u NATO?", "5. jun 2017.")]
    // The sources' own vocabulary, read in its Montenegrin words: participation, MPs, targets and missiles, a campaign led,
    // an invitation extended "u članstvo" (to join, not the membership polls).
    [InlineData("Koliko je poslanika podržalo učešće crnogorskih vojnika u misiji NATO-a?", "44")]
    [InlineData("Који руски посланик је запријетио да ће Црна Гора постати легитимна мета?", "Degtyarev")]
    [InlineData("Koja agencija je vodila kampanju za NATO?", "MAPA")]
    [InlineData("Када је НАТО упутио позив Црној Гори за чланство?", "2. децембар 2015.")]
    [InlineData("Kad je Kina pretvorila konzulat u ambasadu?", "7. jul 2006.")]
    [InlineData("Када је подигнута застава Црне Горе у сједишту НАТО-а?", "7. јун 2017.")]
    [InlineData("Ko je putovao u Crnu Goru sa opremom za šifrovanje?", "Zaytsev")]
    public void A_montenegrin_question_the_sources_answer_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kada je Crna Gora dobila poziv u EU?")]
    [InlineData("Kada je Crna Gora napustila NATO?")]
    public void A_montenegrin_near_miss_is_still_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
