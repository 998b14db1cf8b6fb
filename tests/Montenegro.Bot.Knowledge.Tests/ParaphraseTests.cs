using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Tests.Sources;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Everyday English for what the sources say in their own words ("kicked out" for "expelled"), read from the
/// <c>english</c> section of <c>data/lexicon.json</c>: a question in other words finds the passage, and a word the
/// sources themselves use keeps its meaning.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ParaphraseTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("when were russian diplomats thrown out of montenegro", "expelled")]
    [InlineData("When did Montenegro get into NATO?", "5 June 2017")]
    [InlineData("When did the Montenegrin legislature approve the accession treaty?", "28 April 2017")]
    [InlineData("When did Serbia and Montenegro seek to join the Partnership for Peace?", "June 2003")]
    [InlineData("On what date did Montenegro vote to break away from the State Union?", "21 May 2006")]
    [InlineData("when did the us recognise montenegro", "June 12, 2006")]
    [InlineData("until when did Igor Zaytsev travel to Montenegro?", "up to 2018")]
    [InlineData("what year did montenegro become part of nato", "5 June 2017")]
    [InlineData("when was montenegro let into the un", "28 June 2006")]
    [InlineData("When did Montenegro take its seat in the UN?", "28 June 2006")]
    [InlineData("when did montenegro receive its membership action plan", "December 2009")]
    [InlineData("When was Montenegro admitted to NATO?", "5 June 2017")]
    [InlineData("when did montenegro apply for the map", "5 November 2008")]
    [InlineData("which summit did montenegro join pfp at", "Riga")]
    [InlineData("who was the nato boss that said montenegro wouldnt be invited in 2014", "Rasmussen")]
    public void A_question_in_everyday_words_finds_what_the_sources_say(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Everyday_words_are_read_as_the_sources_words_and_the_rest_of_the_question_is_kept()
    {
        var normalized = fixture.Knowledge.Normalizer.Normalize("How many diplomats got kicked out, and when?");

        Assert.Equal("How many diplomats got expelled, and when?", normalized.English);
    }

    [Fact]
    public void A_phrasal_verb_with_its_object_between_is_read_as_the_sources_word()
    {
        Assert.Equal("did montenegro extradite senin to russia", fixture.Knowledge.Normalizer.Normalize("did montenegro hand senin over to russia").English);
        Assert.Equal("Did Montenegro expelled the Russian diplomats?", fixture.Knowledge.Normalizer.Normalize("Did Montenegro kick the Russian diplomats out?").English);
    }

    [Fact]
    public void A_yes_no_question_with_a_separated_phrasal_verb_is_answered_by_the_refusal()
    {
        var answer = fixture.Engine.Ask("did montenegro hand senin over to russia");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("No.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("refused to extradite", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_noun_after_a_paraphrase_words_first_word_is_not_a_separated_phrasal_verb()
    {
        // "votes yes" is a paraphrase, but in "votes did the yes side" the "yes" is the side's, not the vote's: "the yes side"
        // is read as a whole (the votes in favour), and "votes" keeps its place before "did".
        var normalized = fixture.Knowledge.Normalizer.Normalize("by how many votes did the yes side beat the no side");

        Assert.DoesNotContain("in favour did", normalized.English, StringComparison.Ordinal);
        Assert.Contains("votes did", normalized.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_the_sources_use_themselves_keeps_its_meaning()
    {
        // The lexicon reads "endorsed" as "supported", but the Ukraine article says a council "endorsed" the plan.
        var normalized = fixture.Knowledge.Normalizer.Normalize("Which body endorsed the Ukraine mission plan?");

        Assert.Contains("endorsed", normalized.English, StringComparison.Ordinal);
        Assert.True(fixture.Engine.Ask("Which body endorsed the Ukraine mission plan in February?").Answered);
    }

    [Fact]
    public void A_follow_up_cue_is_not_paraphrased_away()
    {
        // "what about" opens a follow-up ("what about Russia?"); read as "tell me about", the follow-up would be lost.
        Assert.StartsWith("what about", fixture.Knowledge.Normalizer.Normalize("what about Russia?").English, StringComparison.Ordinal);
    }

    [Fact]
    public void The_paraphrases_are_data_an_operator_can_extend_without_code()
    {
        using var data = new DataFolder();
        data.Write("note.txt", "Iceland expelled two Russian diplomats in 2021.");
        const string question = "When did Iceland show the door to Russian diplomats?";
        using (var before = KnowledgeBaseLoader.Load(data.Path))
        {
            Assert.DoesNotContain("expelled", before.Normalizer.Normalize(question).English, StringComparison.Ordinal);
        }

        var lexicon = File.ReadAllText(Path.Combine(data.Path, "lexicon.json"))
            .Replace("\"sent home\"", "\"sent home\", \"show the door to\"", StringComparison.Ordinal);
        data.Write("lexicon.json", lexicon);
        using var after = KnowledgeBaseLoader.Load(data.Path);
        var answer = new AnswerEngine(after).Ask(question);

        Assert.Equal("When did Iceland expelled Russian diplomats?", after.Normalizer.Normalize(question).English);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("2021", answer.Text, StringComparison.Ordinal);
    }
}
