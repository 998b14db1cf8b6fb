using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class EntityRecognitionTests(KnowledgeFixture fixture)
{
    private IReadOnlyList<string> Entities(string text) => fixture.Knowledge.Recognizer.Recognize(text).Select(m => m.Entity.Id).ToList();

    [Theory]
    [InlineData("When did Rusia recognise Montenegro?", "russia")]
    [InlineData("What did the Americans do?", "united-states")]
    [InlineData("the U.S. Senate", "united-states")]
    [InlineData("British recognition", "united-kingdom")]
    [InlineData("People's Republic of China", "china")]
    [InlineData("Sao Tome and Principe", "sao-tome-and-principe")]
    [InlineData("São Tomé and Príncipe", "sao-tome-and-principe")]
    [InlineData("the Centre for Democracy and Human Rights poll", "cedem")]
    [InlineData("support among Montenegrin Serbs", "serbs")]
    public void Names_aliases_demonyms_and_typos_are_recognised(string text, string expected)
    {
        Assert.Contains(expected, Entities(text));
    }

    [Fact]
    public void The_common_noun_of_a_name_after_another_name_is_part_of_one_mention()
    {
        var mention = Assert.Single(fixture.Knowledge.Recognizer.Recognize("when did montenegro join the nato alliance"), m => m.Entity.Id == "nato");
        Assert.Equal("nato alliance", mention.Text);
    }

    [Theory]
    [InlineData("when did Monty Negro join the nato alliance")]
    [InlineData("when did montenegro join the alliance")]
    public void Joining_nato_by_another_of_its_names_is_the_accession_not_the_invitation(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("5 June 2017", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2 December 2015", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Acronyms_are_recognised_in_questions_written_all_in_lower_case()
    {
        Assert.Contains("united-states", Entities("when did the usa recognise montenegro"));
        Assert.Contains("united-kingdom", Entities("when did the uk recognise montenegro"));
        Assert.DoesNotContain("united-states", Entities("can you tell us when russia recognised montenegro"));
    }

    [Fact]
    public void Lower_case_us_is_not_the_united_states()
    {
        Assert.DoesNotContain("united-states", Entities("tell us about polls"));
    }

    [Fact]
    public void Ordinary_words_of_the_sources_are_not_taken_for_misspelt_countries()
    {
        Assert.Empty(Entities("when was the treaty ratified by parliament"));
    }

    [Fact]
    public void Ordinary_lower_case_words_in_a_capitalised_question_are_not_misspelt_countries()
    {
        Assert.Equal(["nato"], Entities("When did accession talks with NATO begin?"));
        Assert.Contains("russia", Entities("when did rusia recognise montenegro"));
    }

    [Fact]
    public void A_question_is_parsed_into_terms_years_and_months()
    {
        var question = Question.Parse("What did CEDEM find in December 2016?", fixture.Knowledge);
        Assert.Equal([2016], question.Years);
        Assert.Equal([12], question.Months);
        Assert.Contains(question.Entities, e => e.Entity.Id == "cedem");
        Assert.DoesNotContain("what", question.ContentTerms);
    }
}
