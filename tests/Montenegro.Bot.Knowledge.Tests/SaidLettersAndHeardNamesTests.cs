using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Speech-to-text writes letters said by their names as words ("dee ex see see" for DXCC, "g are you" for GRU), a surname
/// after a first name as ordinary words that sound like it ("igor zights of"), a first name before a surname as a word near
/// it ("mirage Vlahović"), and one word of a name as another the spelling corrector would bend elsewhere ("peas" for
/// Peace). Typos that sound like the word meant ("senat") take that word over one as near that sounds otherwise ("sent").
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class SaidLettersAndHeardNamesTests(KnowledgeFixture fixture)
{
    private string Normalized(string question) => fixture.Knowledge.Normalizer.Normalize(question).English;

    [Theory]
    [InlineData("which entry was montenegro on the dee ex see see list", "DXCC")]
    [InlineData("who is the g are you officer", "GRU")]
    public void Letters_said_by_their_names_spell_an_abbreviation_of_the_sources(string question, string expected) =>
        Assert.Contains(expected, Normalized(question), StringComparison.Ordinal);

    [Fact]
    public void Letters_said_by_their_names_answer_as_the_abbreviation()
    {
        var answer = fixture.Engine.Ask("which entry was montenegro on the dee ex see see list");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("336", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("are you sure montenegro joined nato", "are you sure")]
    [InlineData("why are you asking about the un", "why are you")]
    [InlineData("see you at the nato summit", "see you")]
    public void Names_of_letters_that_spell_no_abbreviation_stay_words(string question, string expected) =>
        Assert.Contains(expected, Normalized(question), StringComparison.Ordinal);

    [Theory]
    [InlineData("tell me about igor zights of", "Zaytsev")]
    [InlineData("what did mikhail deck tear of say", "Degtyarev")]
    public void Words_after_a_first_name_that_sound_like_its_surname_are_the_surname(string question, string expected) =>
        Assert.Contains(expected, Normalized(question), StringComparison.Ordinal);

    [Fact]
    public void A_surname_heard_as_words_answers_for_the_person()
    {
        var answer = fixture.Engine.Ask("what did mikhail deck tear of say about montenegro");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Degtyarev", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_after_a_first_name_that_sound_like_no_surname_stay_words() =>
        Assert.Contains("igor said the plan", Normalized("igor said the plan was right"), StringComparison.Ordinal);

    [Theory]
    [InlineData("did the deck tear of the ship matter to montenegro")]
    [InlineData("was there a deck tear of any kind")]
    public void Words_that_sound_like_a_surname_after_no_first_name_stay_words(string question) =>
        Assert.DoesNotContain("Degtyarev", Normalized(question), StringComparison.Ordinal);

    [Fact]
    public void A_word_near_the_first_name_the_sources_write_before_a_surname_is_that_name() =>
        Assert.Contains("Miodrag Vlahović", Normalized("who is mirage vlahovich"), StringComparison.Ordinal);

    [Fact]
    public void A_word_of_a_name_heard_as_another_is_read_before_spelling_correction() =>
        Assert.Contains("partnership for peace", Normalized("when did montenegro join the partnership for peas"), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("when did the us senat vote", "senate vote")]
    [InlineData("who recognised montenegro frist", "first")]
    public void A_typo_takes_the_word_said_like_it_among_those_as_near(string question, string expected) =>
        Assert.Contains(expected, Normalized(question), StringComparison.Ordinal);

    [Theory]
    [InlineData("degtyarev", "deck tear of")]
    [InlineData("degtyarev", "dig tyre of")]
    public void Loosely_a_g_before_a_voiceless_consonant_or_at_a_words_end_sounds_as_k(string name, string heard) =>
        Assert.Equal(SoundAlikeTerms.LooseKey([name]), SoundAlikeTerms.LooseKey(heard.Split(' ')));

    [Fact]
    public void A_g_before_a_vowel_keeps_its_own_sound() =>
        Assert.NotEqual(SoundAlikeTerms.LooseKey(["speaker"]), SoundAlikeTerms.LooseKey(["spy", "gear"]));
}
