using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Whole classes of Montenegrin questions the translation used to miss: names written the Montenegrin way ("Andrija"
/// for Andria, "Ramsfeld" for Rumsfeld) and declined ("Senina", "Zajcevu"), Croatian and Bosnian words ("veleposlanstvo",
/// "glavni tajnik"), word families the lexicon lacked ("parlamentarnim", "dolazio", "ugovor"),
/// "koliko je" counting and "kolika je" asking for a level, a vote "na referendumu" that is the referendum itself, and
/// the speaker of parliament ("predsjednik Skupštine").
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class MontenegrinClassesTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Šta radi Andrija Mandić?", "Andria Mandic")]
    [InlineData("Шта ради Андрија Мандић?", "Andria Mandic")]
    [InlineData("Kada je Ramsfeld bio u Crnoj Gori?", "Rumsfeld")]
    [InlineData("Зашто је Рамсфелд дошао у Подгорицу?", "Rumsfeld")]
    [InlineData("Šta se zna o Zajcevu?", "Zaytsev")]
    [InlineData("Зашто Црна Гора није изручила Сенина?", "Senin")]
    [InlineData("Ko je pisao Vlahoviću?", "Vlahović")]
    [InlineData("Kad se Ramsfeld sreo sa premijerom?", "Rumsfeld")]
    [InlineData("Šta je rekao Ramsfeldu?", "Rumsfeld")]
    [InlineData("Шта је показала Ипсосова анкета?", "Ipsos")]
    [InlineData("Kolika je podrška u Ipsosovom istraživanju?", "Ipsos")]
    public void A_name_spelt_the_montenegrin_way_takes_the_sources_spelling(string question, string name)
    {
        var english = fixture.Knowledge.Normalizer.Normalize(question).English;

        Assert.Contains(name, english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ko je pobijedio na parlamentarnim izborima u oktobru 2016?", "parliamentary")]
    [InlineData("Какав је био исход парламентарних избора?", "parliamentary")]
    [InlineData("Kad je parlament potvrdio ugovor o pristupanju?", "treaty")]
    [InlineData("Ко је дошао у Подгорицу 2006?", "visit")]
    [InlineData("Zašto je senator dolazio u Crnu Goru?", "visit")]
    [InlineData("Šta je rekao predsjednik Skupštine?", "speaker")]
    [InlineData("Ко је био предсједник парламента прошле године?", "speaker")]
    [InlineData("Kada je Crna Gora stupila u Ujedinjene nacije?", "join")]
    [InlineData("Кад се Црна Гора придружила НАТО-у?", "join")]
    [InlineData("Kada je bilo potpisivanje sporazuma?", "sign")]
    [InlineData("Kad je parlament izglasao odluku?", "approve")]
    [InlineData("Ко стоји иза напада?", "behind")]
    [InlineData("Šta kaže istraživanje javnog mnjenja iz 2015?", "poll")]
    [InlineData("Kada je otvoreno veleposlanstvo Kine?", "embassy")]
    [InlineData("Tko je bio veleposlanik Rusije?", "ambassador")]
    [InlineData("Ko se sastao s premijerom?", "meet")]
    [InlineData("Kad se Ramsfeld sreo sa premijerom?", "meet")]
    [InlineData("Šta je Mandić uradio u vezi s misijom?", "about")]
    [InlineData("Шта се зна о руским дипломатама?", "known")]
    [InlineData("Šta je Crna Gora obećala SAD-u?", "pledge")]
    [InlineData("Kada je Crna Gora napustila državnu zajednicu?", "State")]
    [InlineData("Koliko je ljudi podržalo NATO?", "people")]
    [InlineData("Kad je Crna Gora dobila status posmatrača?", "observer")]
    [InlineData("Када су завршени преговори?", "concluded")]
    public void A_word_of_a_family_the_lexicon_knows_is_translated_in_any_form(string question, string english)
    {
        var translated = fixture.Knowledge.Normalizer.Normalize(question).English;

        Assert.Contains(english, translated.Split(' ', '?'));
    }

    [Theory]
    [InlineData("Колико је то дана касније?", "how many days later")]
    [InlineData("Koliko je to godina kasnije bilo?", "how many years later")]
    public void How_long_after_something_with_to_in_between_asks_for_the_time_later(string question, string start)
    {
        var english = fixture.Knowledge.Normalizer.Normalize(question).English;

        Assert.StartsWith(start, english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ko ju je potpisao?", "ju")]
    [InlineData("Ко га је позвао?", "ga")]
    public void A_pronoun_clitic_is_left_out_of_the_translation(string question, string clitic)
    {
        var english = fixture.Knowledge.Normalizer.Normalize(question).English;

        Assert.DoesNotContain(clitic, english.Split(' ', '?'));
    }

    [Theory]
    [InlineData("Koliko je ukupno ruskih diplomata protjerano 2022?", "how many")]
    [InlineData("Колико су посланици имали гласова?", "how many")]
    [InlineData("Kolika je bila podrška NATO-u u junu 2017. prema CEDEM-u?", "what")]
    [InlineData("Колики је био промет са Кином?", "what")]
    public void Koliko_je_counts_and_kolika_je_asks_for_a_level(string question, string start)
    {
        var english = fixture.Knowledge.Normalizer.Normalize(question).English;

        Assert.StartsWith(start + " ", english, StringComparison.Ordinal);
        Assert.DoesNotContain(" is ", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Koliko je diplomata Rusije protjerala Crna Gora 2022?", "11")]
    [InlineData("Колико је дипломата Русије протјерала Црна Гора 2022?", "11")]
    [InlineData("Kolika je bila podrška NATO-u u junu 2017. prema CEDEM-u?", "54.2")]
    [InlineData("Када су грађани гласали на референдуму о независности?", "21. мај 2006")]
    [InlineData("Ko je bio premijer kada je Ramsfeld došao u Podgoricu?", "Đukanović")]
    [InlineData("Ко је био премијер кад је Рамсфелд долазио у Подгорицу?", "Đukanović")]
    [InlineData("Ko je pobijedio na parlamentarnim izborima u oktobru 2016?", "DPS")]
    [InlineData("Tko je bio glavni tajnik NATO-a u lipnju 2014?", "Rasmussen")]
    [InlineData("Ко је био на челу НАТО-а у јуну 2014?", "Rasmussen")]
    [InlineData("Zašto Crna Gora nije izručila Senina Rusiji?", "asylum")]
    public void A_montenegrin_question_of_these_classes_is_answered(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_held_a_role_when_someone_came_is_not_answered_with_the_one_who_came()
    {
        var answer = fixture.Engine.Ask("who was prime minister when Donald Rumsfeld visited Montenegro?");

        Assert.Contains("Đukanović", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who was prime minister when Rumsfeld came to Montenegro?")]
    [InlineData("did parliament ratify the treaty in April 2017?")]
    [InlineData("how big was support for NATO in June 2017?")]
    public void An_english_question_stays_english_and_keeps_its_words(string question)
    {
        var normalized = fixture.Knowledge.Normalizer.Normalize(question);

        Assert.Equal(QuestionLanguage.English, normalized.Language);
        Assert.Equal(question.Split(' ')[0], normalized.English.Split(' ')[0]);
    }

    [Theory]
    [InlineData("i Kina?")]
    [InlineData("a Francuska?")]
    public void A_short_montenegrin_follow_up_without_a_question_word_is_montenegrin(string question)
    {
        Assert.Equal(QuestionLanguage.Montenegrin, fixture.Knowledge.Normalizer.Normalize(question).Language);
    }

    [Theory]
    [InlineData("a poll?")]
    [InlineData("NATO?")]
    [InlineData("Russia?")]
    public void A_short_english_follow_up_stays_english(string question)
    {
        Assert.Equal(QuestionLanguage.English, fixture.Knowledge.Normalizer.Normalize(question).Language);
    }

    [Theory]
    [InlineData("Kada su Sjedinjene Države priznale Crnu Goru?", "Sjedinjene Američke Države su priznale Crnu Goru")]
    [InlineData("Kada je Ujedinjeno Kraljevstvo priznalo Crnu Goru?", "Ujedinjeno Kraljevstvo je priznalo Crnu Goru")]
    [InlineData("Kada je Rusija priznala Crnu Goru?", "Rusija je priznala Crnu Goru")]
    public void A_montenegrin_recognition_answer_agrees_with_the_states_name(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_montenegrin_word_that_is_no_name_is_not_bent_into_one_by_its_sound()
    {
        var english = fixture.Knowledge.Normalizer.Normalize("Kad je Kina preuredila konzulat u ambasadu?").English;

        Assert.Contains("preuredila", english, StringComparison.Ordinal);
    }
}
