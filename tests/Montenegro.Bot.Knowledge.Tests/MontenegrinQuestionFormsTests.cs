namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// The ways Montenegrin asks that the word-by-word lexicon used to miss: question words of several words ("od kada",
/// "kojeg mjeseca i godine", "kako se zvao"), months in the locative ("u novembru"), a year's number followed by
/// "godine", and everyday words of the sources' topics ("generalni sekretar", "deklaracija", "vojnik", "crnogorski").
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class MontenegrinQuestionFormsTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Šta se desilo u novembru 2008?", "November")]
    [InlineData("Шта се десило у новембру 2008?", "November")]
    [InlineData("Ima li ankete u septembru ili u decembru?", "December")]
    [InlineData("Šta je NATO odlučio u junu?", "June")]
    [InlineData("Što se dogodilo u prosincu 2015?", "December")]
    public void A_month_in_any_case_is_read_as_the_month(string question, string month)
    {
        var english = fixture.Knowledge.Normalizer.Normalize(question).English;

        Assert.Contains(month, english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Od kada Crna Gora ima ambasadu u Kini?", "when")]
    [InlineData("Otkad postoje odnosi s Kanadom?", "when")]
    [InlineData("Kojeg mjeseca i godine je potpisan sporazum?", "when")]
    [InlineData("Кога мјесеца је отворен конзулат?", "when")]
    [InlineData("Kojeg je datuma zatvorena ambasada?", "when")]
    [InlineData("Kako se zvao ambasador Rusije?", "who")]
    [InlineData("Како се зове премијер?", "who")]
    [InlineData("Koliko je procenata podržalo NATO?", "what percentage")]
    [InlineData("Đe je potpisan sporazum?", "where")]
    [InlineData("Kolko puta je anketa rađena?", "how many times")]
    [InlineData("Jel Kina priznala Crnu Goru?", "did")]
    public void A_question_word_of_several_words_becomes_one_english_question_word(string question, string start)
    {
        var english = fixture.Knowledge.Normalizer.Normalize(question).English;

        Assert.StartsWith(start + " ", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Šta je Rusija uradila 2016. godine?")]
    [InlineData("Шта је Русија урадила 2016. године?")]
    public void A_year_written_with_godine_asks_about_that_year_not_for_a_year(string question)
    {
        var english = fixture.Knowledge.Normalizer.Normalize(question).English;

        Assert.Contains("2016", english, StringComparison.Ordinal);
        Assert.DoesNotContain("year", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Koliko je trajalo od priznanja do otvaranja ambasade?", "how long did it take from")]
    [InlineData("Колико је дана прошло од референдума до пријема у УН?", "how many days")]
    [InlineData("Koliko je godina prošlo od bombardovanja do članstva?", "how many years")]
    public void A_span_between_two_events_is_asked_as_english_asks_it(string question, string start)
    {
        var english = fixture.Knowledge.Normalizer.Normalize(question).English;

        Assert.StartsWith(start + " ", english, StringComparison.Ordinal);
        Assert.Contains(" to ", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Šta je rekao američkom ambasadoru?", "United States")]
    [InlineData("Kada je kineskoj kompaniji dat ugovor?", "China")]
    [InlineData("Шта је британским дипломатама речено?", "United Kingdom")]
    [InlineData("Ko je protjerao šest diplomata?", "six")]
    public void A_country_adjective_in_any_case_and_a_number_word_are_read(string question, string expected)
    {
        var english = fixture.Knowledge.Normalizer.Normalize(question).English;

        Assert.Contains(expected, english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Šta misle birači SNP-a?", "SNP")]
    [InlineData("Колико гласова је добио ДПС-у блиски кандидат?", "DPS")]
    [InlineData("Da li je CEDEM-ova anketa pouzdana?", "CEDEM")]
    public void An_abbreviation_is_read_without_its_case_ending(string question, string expected)
    {
        var words = fixture.Knowledge.Normalizer.Normalize(question).English.Split(' ', '?');

        Assert.Contains(expected, words);
    }

    [Theory]
    [InlineData("Ima li Crna Gora ambasadu u Švedskoj?", "Sweden")]
    [InlineData("Да ли је Исланд члан НАТО-а?", "Iceland")]
    [InlineData("Kakvi su odnosi s Novim Zelandom?", "New Zealand")]
    [InlineData("Šta je američki Kongres odlučio?", "Congress")]
    public void A_country_the_sources_name_is_known_by_its_montenegrin_name(string question, string expected)
    {
        var english = fixture.Knowledge.Normalizer.Normalize(question).English;

        Assert.Contains(expected, english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ko je bio ambasador 2010?", "who was ")]
    [InlineData("Какви су били односи с Кином?", "what were ")]
    public void A_past_tense_stays_past(string question, string start)
    {
        var english = fixture.Knowledge.Normalizer.Normalize(question).English;

        Assert.StartsWith(start, english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Koja je stalna članica Savjeta bezbjednosti posljednja priznala Crnu Goru?", "France")]
    [InlineData("Када је Савјет министара ЕУ признао независност?", "12. јун 2006.")]
    public void The_security_council_and_the_councils_of_europe_are_read(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translated_question_takes_the_sources_words_as_an_english_one_does()
    {
        var english = fixture.Knowledge.Normalizer.Normalize("Šta je MAP?").English;

        Assert.Contains("Membership Action Plan", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Od kada je Crna Gora u Alijansi?", "5. jun 2017.")]
    [InlineData("Од када је Црна Гора пуноправни члан НАТО савеза?", "5. јун 2017.")]
    [InlineData("U kojem mjesecu je NATO pozvao Crnu Goru?", "2. decembar 2015.")]
    [InlineData("Kog mjeseca i koje godine je potpisan protokol o pristupanju?", "19. maj 2016.")]
    [InlineData("Kada je parlament donio deklaraciju o nezavisnosti?", "3. jun 2006.")]
    [InlineData("Ког дана је Скупштина донијела декларацију о независности?", "3. јун 2006.")]
    [InlineData("Kada je NATO pozvao Crnu Goru da postane članica?", "2. decembar 2015.")]
    [InlineData("Колико је војника Црна Гора послала у Авганистан?", "40")]
    [InlineData("Koliko je crnogorskih vojnika poslato u Avganistan?", "40")]
    [InlineData("Kako se zvao generalni sekretar NATO-a 2014. godine?", "Rasmussen")]
    [InlineData("Ко је био генерални секретар НАТО-а у јуну 2014?", "Rasmussen")]
    [InlineData("Колико процената је ДПС освојио на изборима?", "41%")]
    [InlineData("Koje su države podržale crnogorsku kandidaturu za NATO?", "Romania")]
    [InlineData("Šta je pokazala anketa u decembru 2009?", "40%")]
    [InlineData("Kada je Crna Gora proglasila neovisnost?", "3. jun 2006.")]
    public void A_montenegrin_question_in_these_forms_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Od kada je Crna Gora članica Evropske unije?")]
    [InlineData("Од када је Црна Гора чланица Европске уније?")]
    [InlineData("Kog mjeseca i godine je Crna Gora ušla u Evropsku uniju?")]
    [InlineData("Kako se zvao generalni sekretar UN-a 2014. godine?")]
    [InlineData("Koliko je procenata osvojio DPS na izborima 2020. godine?")]
    [InlineData("Koliko je crnogorskih vojnika poslato u Irak?")]
    [InlineData("Ко је био генерални секретар НАТО-а 1999. године?")]
    public void A_montenegrin_near_miss_in_these_forms_is_still_declined(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.False(answer.Answered, answer.Text);
    }
}
