namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Questions dictated or typed carelessly: letters of an abbreviation said one by one and written as words ("you n" for UN),
/// a first name written as the ordinary word it sounds like ("eager Zaytsev"), and a country's usual abbreviation ("mne").
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class HeardAndTypedTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("when was montenegro admitted to the you n", "28 June 2006")]
    [InlineData("when did the you k recognise montenegro", "13 June")]
    public void A_letter_heard_as_a_word_spells_an_abbreviation_with_the_letters_beside_it(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);

        // The one body or country asked about, not a list of every recognition or membership.
        Assert.DoesNotContain("Russia", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("witch country was the last to ratify montenegros nato membership", "which country")]
    [InlineData("wear did montenegro deposit its instrument of accession", "where did")]
    public void A_question_word_heard_as_a_word_that_sounds_the_same_opens_the_question(string question, string expected) =>
        Assert.StartsWith(expected, fixture.Knowledge.Normalizer.Normalize(question).English, StringComparison.Ordinal);

    [Fact]
    public void The_last_ally_to_ratify_is_found_when_which_is_heard_as_witch()
    {
        var answer = fixture.Engine.Ask("witch country was the last to ratify montenegros nato membership");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Spain", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_word_you_beside_no_letter_stays_a_word() =>
        Assert.Contains("did you know", fixture.Knowledge.Normalizer.Normalize("did you know montenegro joined nato").English, StringComparison.Ordinal);

    [Theory]
    [InlineData("who is eager zaytsev")]
    [InlineData("what does eager zaytsev do")]
    public void A_first_name_heard_as_an_ordinary_word_before_a_surname_is_that_name(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("GRU", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("was montenegro eager to join nato")]
    [InlineData("zaytsev was eager to travel")]
    public void An_ordinary_word_beside_no_surname_or_after_one_stays_a_word(string question) =>
        Assert.Contains("eager", fixture.Knowledge.Normalizer.Normalize(question).English, StringComparison.Ordinal);

    [Fact]
    public void A_word_that_only_sounds_like_a_first_name_does_not_make_a_question_answerable() =>
        Assert.False(fixture.Engine.Ask("who is eager").Answered);

    [Fact]
    public void The_country_code_mne_stands_for_montenegro()
    {
        var answer = fixture.Engine.Ask("when did mne get a membership action plan");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("December 2009", answer.Text, StringComparison.Ordinal);
    }
}
