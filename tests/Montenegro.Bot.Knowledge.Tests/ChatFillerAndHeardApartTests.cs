using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Chat register and speech-to-text wording that must not become content terms: fillers ("ngl", "thingy", "i forget"),
/// shorthand ("w" for "with", "ex" for "former"), a lower-case "us" before a noun, a word heard as two ("social lists"),
/// and a doubled letter typed once ("acuse").
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ChatFillerAndHeardApartTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("ngl when did montenegro join the partnership for peace thingy", "ngl")]
    [InlineData("k which country recognised montenegro first", "k")]
    [InlineData("i forget, when did canada recognise montenegro", "forget")]
    [InlineData("lowkey who was the speaker that backed the ukraine mission thing", "thing")]
    public void A_chat_filler_is_no_word_of_the_question(string question, string filler)
    {
        var words = fixture.Knowledge.Normalizer.Normalize(question).English
            .Split([' ', ',', '?'], StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(filler, words);
    }

    [Theory]
    [InlineData("tbh which us senators came to montenegro in 2006", "McCain")]
    [InlineData("yeah so which year did the us senate vote on montenegro's accession", "2017")]
    public void A_lower_case_us_before_a_noun_is_the_United_States(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Doing_diplomacy_with_a_country_is_having_diplomatic_relations_with_it()
    {
        var answer = fixture.Engine.Ask("so does montenegro even do diplomacy with tanzania");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Tanzania", answer.Text, StringComparison.Ordinal);
        Assert.Contains("not", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chat_question_out_of_scope_stays_declined()
    {
        var answer = fixture.Engine.Ask("ngl what's the capital of nigeria lol");
        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("who leads the democratic party of social lists", "democratic party of socialists")]
    [InlineData("the w that ex fsb officer", "with that former fsb officer")]
    public void Chat_shorthand_and_words_heard_apart_are_the_words_meant(string question, string expected) =>
        Assert.Contains(expected, fixture.Knowledge.Normalizer.Normalize(question).English, StringComparison.Ordinal);

    [Fact]
    public void A_letter_name_among_letter_names_is_no_shorthand() =>
        Assert.Contains("DXCC", fixture.Knowledge.Normalizer.Normalize("when was montenegro put on the dee ex see see list").English, StringComparison.Ordinal);

    [Fact]
    public void A_doubled_letter_typed_once_beats_two_letters_swapped()
    {
        var speller = new SpellingCorrector(["cause", "cause", "accuse", "of"], []);
        Assert.Equal("accuse", speller.Correct("acuse"));
    }

    [Fact]
    public void A_doubled_letter_typed_once_reaches_another_form_of_the_sources_word() =>
        Assert.Contains("accuse", fixture.Knowledge.Normalizer.Normalize("who did the president acuse of backing the protests").English, StringComparison.Ordinal);
}
