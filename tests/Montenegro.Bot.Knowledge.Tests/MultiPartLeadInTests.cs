using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A journalist's question of several parts: a topic before a preposition and its question word ("On Russia: in which
/// year"), a clause before a comma that qualifies every part, a hedge before the next question word ("and roughly how
/// long"), a bare "and" before a part with a verb of its own, and and parts one passage answers alike.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class MultiPartLeadInTests(KnowledgeFixture fixture)
{
    private (IReadOnlyList<string> Parts, string? Scene, bool Loose)? Split(string question) =>
        MultiPartQuestion.Split(question, fixture.Engine.Knowledge.Lexicon);

    [Fact]
    public void A_topic_before_a_preposition_and_its_question_word_is_every_parts()
    {
        var split = Split("On Russia: in which year did Montenegro join Western sanctions, and in which month were six more Russian diplomats expelled?");

        Assert.NotNull(split);
        Assert.Equal(2, split.Value.Parts.Count);
        Assert.All(split.Value.Parts, p => Assert.StartsWith("On Russia: ", p, StringComparison.Ordinal));
        Assert.EndsWith("six more Russian diplomats expelled?", split.Value.Parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_part_after_a_topic_and_a_preposition_is_answered()
    {
        var answer = fixture.Engine.Ask("On Russia: in which year did Montenegro join Western sanctions, and in which month were six more Russian diplomats expelled?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2014", answer.Text, StringComparison.Ordinal);
        Assert.Contains("September", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hedge_between_and_and_the_question_word_still_starts_a_part()
    {
        var split = Split("When did the Montenegrin legislature give its approval to the NATO accession treaty, and roughly how long after that did the country actually join?");

        Assert.NotNull(split);
        Assert.Equal(2, split.Value.Parts.Count);
        Assert.StartsWith("how long after that", split.Value.Parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_clause_before_the_first_question_qualifies_every_part()
    {
        var split = Split("As I'm fact-checking a feature on the 2017 enlargement, where exactly did Montenegro lodge its instrument of accession, and what number member did that make it?");

        Assert.NotNull(split);
        Assert.Equal(2, split.Value.Parts.Count);
        Assert.All(split.Value.Parts, p => Assert.StartsWith("As I'm fact-checking a feature on the 2017 enlargement, ", p, StringComparison.Ordinal));
        Assert.True(split.Value.Loose);
    }


    [Fact]
    public void A_bare_and_before_a_preposition_and_a_part_that_points_back_cuts()
    {
        var split = Split("When did final accession talks begin and in which month did they conclude?");

        Assert.NotNull(split);
        Assert.Equal(["When did final accession talks begin?", "which month did they conclude?"], split.Value.Parts);
    }

    [Fact]
    public void A_bare_and_before_a_part_with_a_verb_of_its_own_cuts()
    {
        var split = Split("Which agency ran the 2009 pro-NATO campaign and which theatre director was in charge?");

        Assert.NotNull(split);
        Assert.Equal(2, split.Value.Parts.Count);
    }

    [Fact]
    public void Parts_one_passage_answers_alike_are_told_once()
    {
        var answer = fixture.Engine.Ask("who ran the nato poll in nov 2008 and what did it find");

        Assert.True(answer.Answered, answer.Text);
        Assert.DoesNotContain("1. ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("CEDEM", answer.Text, StringComparison.Ordinal);
    }
}
