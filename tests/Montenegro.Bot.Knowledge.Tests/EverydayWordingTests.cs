using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Questions worded as people write them rather than as the sources do: the other spelling of a word, chat words for a vote's
/// figures, a help request in other words, and a question whose answer the sources give in the sentence after the one it matches.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class EverydayWordingTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("when did montenegro enter intensified dialog with nato", "April 2008")]
    [InlineData("what was the vote in favor of the ukraine mission", "44 votes in favour")]
    public void An_american_spelling_finds_the_sources_british_one(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What date did Montenegro's legislature formally proclaim the country independent?", "3 June 2006")]
    [InlineData("yo when did montenegro actually end up in nato", "5 June 2017")]
    [InlineData("what year did the ex-fsb colonel run away from russia", "2017")]
    public void Everyday_words_for_the_sources_verbs_and_bodies_find_their_answer(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Whats_the_story_with_a_person_tells_about_them()
    {
        var answer = fixture.Engine.Ask("whats the story with dmitry senin");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("FSB", answer.Text, StringComparison.Ordinal);
        Assert.Contains("extradite", answer.Text, StringComparison.Ordinal);
    }


    [Fact]
    public void Chat_shorthand_n_for_and_joins_two_questions()
    {
        var answer = fixture.Engine.Ask("who is igor zaytsev n what did he do");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("GRU", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_speller_changes_a_spelling_variant_only_into_a_word_it_knows()
    {
        var speller = new SpellingCorrector(["dialogue", "defence", "favour"], [], [("og", "ogue"), ("ense", "ence"), ("or", "our")]);
        Assert.Equal("dialogue", speller.Correct("dialog"));
        Assert.Equal("defence", speller.Correct("defense"));
        Assert.Equal("favour", speller.Correct("favor"));
        Assert.Null(speller.Correct("catalog"));
    }

    [Fact]
    public void A_spelling_variant_wins_over_an_english_word_the_sources_lack()
    {
        var speller = new SpellingCorrector(["dialogue"], [], [("og", "ogue")]).WithEnglishWords(new HashSet<string> { "dialog" });
        Assert.Equal("dialogue", speller.Correct("dialog"));
    }

    [Theory]
    [InlineData("final tally on the ukraine mission vote?")]
    [InlineData("what was the voting breakdown on the ukraine resolution")]
    public void A_vote_tally_in_other_words_gets_the_figures(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("44 votes in favour, five against and two abstentions", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vote_count_the_sources_do_not_give_is_declined()
    {
        var answer = fixture.Engine.Ask("What was the vote count in the US Senate on Montenegro's accession?");
        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void An_exact_date_the_sources_do_not_give_is_declined()
    {
        var answer = fixture.Engine.Ask("on what exact date did canada recognise montenegro");
        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("what kind of questions can you answer?")]
    [InlineData("what topics do you cover")]
    public void Asking_what_the_bot_can_answer_gets_the_topics(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.Equal("help", answer.Intent);
        Assert.Contains("Montenegro", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_about_a_poll_asks_about_the_poll_not_for_help()
    {
        var answer = fixture.Engine.Ask("what questions did the poll ask");
        Assert.NotEqual("help", answer.Intent);
    }

    [Fact]
    public void How_support_moved_between_two_polls_is_a_trend_with_its_figures()
    {
        var answer = fixture.Engine.Ask("How did CEDEM's measured support move between December 2011 and March 2013?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("fell from 51.5%", answer.Text, StringComparison.Ordinal);
        Assert.Contains("37.3%", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who was Montenegro's president when the US senators came in August 2006?")]
    [InlineData("How many American senators came to Montenegro in August 2006 and whom did they meet?")]
    public void The_sentence_that_goes_on_about_the_answer_is_included_and_cited(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("six U.S. Senators", answer.Text, StringComparison.Ordinal);
        Assert.Contains("President Vujanović", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Sources, source => source.Excerpt.Contains("President Vujanović", StringComparison.Ordinal));
    }

    [Fact]
    public void The_next_sentence_is_left_out_when_it_adds_nothing_asked()
    {
        var answer = fixture.Engine.Ask("When did six US senators visit Montenegro?");
        Assert.True(answer.Answered, answer.Text);
        Assert.DoesNotContain("Vujanović", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_many_mps_backed_a_resolution_is_counted_by_its_votes()
    {
        var answer = fixture.Engine.Ask("how many MPs backed the Ukraine mission resolution?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("44 votes in favour", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_many_mps_there_are_is_not_answered_by_a_vote()
    {
        var answer = fixture.Engine.Ask("how many MPs are in the Montenegrin parliament?");
        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public void A_lead_in_sentence_sets_the_topic_of_every_part()
    {
        var answer = fixture.Engine.Ask("I'm writing about the parliament's decision on NATO's mission for Ukraine. How many votes were in favour, and who from the pro-Russian camp supported it?");
        Assert.True(answer.Answered, answer.Text);
        var parts = answer.Text.Split("\n\n");
        Assert.StartsWith("1. ", parts[0], StringComparison.Ordinal);
        Assert.Contains("44 votes in favour", parts[0], StringComparison.Ordinal);
        Assert.StartsWith("2. ", parts[1], StringComparison.Ordinal);
        Assert.Contains("Democratic Front", parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_writers_framing_before_a_colon_is_no_part_of_the_questions()
    {
        var answer = fixture.Engine.Ask("For a school project I'm doing: when did Russia recognise Montenegro, and when did China?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("1. Russia gave official recognition on 11 June 2006", answer.Text, StringComparison.Ordinal);
        Assert.Contains("14 June", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("school project", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void They_in_a_follow_up_means_the_people_the_last_question_asked_about()
    {
        var first = fixture.Engine.Ask("Which US senators visited Montenegro in August 2006?");
        var next = fixture.Engine.Ask("who did they meet?", Frames.Conversation.Empty.With(first.Turn!));
        Assert.True(next.Answered, next.Text);
        Assert.Contains("President Vujanović", next.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rumsfeld", next.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ко је Дмитриј Сењин?")]
    [InlineData("Ko je Dmitrij Senjin?")]
    public void A_russian_name_in_montenegrin_palatal_spelling_finds_the_sources_spelling(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Dmitry Senin", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_debate_dragging_on_is_the_sources_prolonged_debate()
    {
        var answer = fixture.Engine.Ask("how long was the debate dragging on");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("nine months", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_programme_name_heard_as_other_words_is_the_programme()
    {
        var answer = fixture.Engine.Ask("when did montenegro join partner ship for piece");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("PfP", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Slang_for_an_expulsion_finds_the_expelled_diplomats()
    {
        var answer = fixture.Engine.Ask("how many russian diplomats got booted from montenegro in september 2022");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("six more Russian diplomats", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_adverb_of_manner_does_not_keep_a_duration_from_its_events()
    {
        var answer = fixture.Engine.Ask("How long after signing the accession protocol did Montenegro officially join?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("382 days", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_long_something_lasted_is_the_time_from_its_stated_start_to_its_stated_end()
    {
        var answer = fixture.Engine.Ask("How long did Montenegro's final NATO accession talks last?");
        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("About 3 months, from February 2016 to May", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_debate_dragged_out_is_the_sources_prolonged_one()
    {
        var answer = fixture.Engine.Ask("how long did parliament drag out the debate on the ukraine mission");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("nine months", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_someone_said_about_an_event_is_their_statement_not_an_overview_of_relations()
    {
        var answer = fixture.Engine.Ask("what did the russian embassy in podgorica say about the vote");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Western line", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("in date order", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_after_a_lead_in_clause_is_answered_about_what_it_asks()
    {
        var answer = fixture.Engine.Ask("ukraine mission vote passed, whats the next step for montenegro");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("security cooperation agreement", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many mps abstained")]
    [InlineData("how many lawmakers abstained in the ukraine vote")]
    public void Members_who_abstained_are_counted_by_the_abstentions(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("two abstentions", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_many_members_parliament_has_is_not_answered_by_a_vote()
    {
        var answer = fixture.Engine.Ask("how many mps are there");
        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("When was Montenegro awarded its Membership Action Plan?", "December 2009")]
    [InlineData("which month was the MAP handed to montenegro", "December 2009")]
    [InlineData("When did Montenegro submit a request for a Membership Action Plan?", "5 November 2008")]
    [InlineData("on what day did montenegro file an application for the MAP", "5 November 2008")]
    public void Giving_and_asking_in_other_words_find_the_grant_and_the_application(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which fields would the planned security pact with Ukraine cover?")]
    [InlineData("In what spheres would Montenegro's security deal with Ukraine deepen cooperation?")]
    public void A_pact_or_deal_and_its_fields_are_the_sources_agreement_and_its_areas(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("intelligence sharing", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Since_when_asks_for_the_date_it_began()
    {
        var answer = fixture.Engine.Ask("since when has montenegro been a member of nato");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("5 June 2017", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Since_when_someone_held_an_office_the_sources_do_not_date_is_declined()
    {
        var answer = fixture.Engine.Ask("Since when has Andria Mandic been the speaker of parliament?");
        Assert.False(answer.Answered, answer.Text);
    }
}
