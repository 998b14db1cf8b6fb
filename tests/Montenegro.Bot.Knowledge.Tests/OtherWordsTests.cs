using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Questions that say what a passage states in other words: an everyday phrase for the sources' verb or noun ("sit down
/// with", "an offer of membership"), another name for a body the text names ("the alliance" for NATO), and a share asked
/// as a "portion" or "proportion".
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class OtherWordsTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("who did the defence secretary sit down with when he visited montenegro", "Đukanović")]
    [InlineData("When did the alliance make Montenegro an offer of membership?", "2 December 2015")]
    public void An_everyday_phrase_for_the_sources_words_finds_their_answer(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_naming_the_body_covers_the_other_name_the_question_gives_it()
    {
        var question = Question.Parse("What ceremony was held at the alliance's headquarters?", fixture.Knowledge);
        var covered = Synonyms.Extend(question, new HashSet<string>(StringComparer.Ordinal), "The flag was raised at NATO Headquarters in a special ceremony.");
        Assert.Contains("alliance", covered);
    }

    [Fact]
    public void A_text_missing_another_name_of_the_question_covers_none_of_its_names()
    {
        // "Serbia" is asked too: a sentence about NATO alone speaks of something else.
        var question = Question.Parse("When did the alliance invite Serbia?", fixture.Knowledge);
        var covered = Synonyms.Extend(question, new HashSet<string>(StringComparer.Ordinal), "It was invited to join the Adriatic Charter of NATO aspirants.");
        Assert.DoesNotContain("alliance", covered);
    }

    [Theory]
    [InlineData("What portion of respondents wanted a referendum?")]
    [InlineData("What proportion of respondents wanted a referendum?")]
    public void A_portion_asked_is_answered_by_a_percentage(string question) =>
        Assert.True(SlotCheck.Fits(Question.Parse(question, fixture.Knowledge), "72% of respondents support holding a referendum."));
}
