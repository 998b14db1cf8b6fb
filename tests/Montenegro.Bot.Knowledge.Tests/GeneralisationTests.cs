using Montenegro.Bot.Knowledge.Frames;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Questions in users' own words: Montenegrin in both scripts, typos, follow-ups, comparisons and
/// durations computed from the sources' dates, and near misses that must be declined.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class GeneralisationTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("Kada je Rusija priznala Crnu Goru?", "11. jun 2006.")]
    [InlineData("Када је Русија признала Црну Гору?", "11. јун 2006.")]
    public void Montenegrin_questions_are_answered_in_their_language_and_script(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains("11 June 2006", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ko je Igor Zajcev?")]
    [InlineData("Ко је Игор Зајцев?")]
    public void Names_in_another_transliteration_find_the_sources_spelling(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Zaytsev", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("whn did montenegro joinn natto", "5 June 2017")]
    [InlineData("when did china open its embassy in pod gorica", "7 July 2006")]
    public void Typos_and_split_words_are_read_as_the_words_they_stand_for(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_follow_up_after_two_different_questions_gets_two_different_answers()
    {
        var afterChina = fixture.Engine.Ask("When did China recognise Montenegro?");
        var afterRussiaQuestion = fixture.Engine.Ask("and russia?", Conversation.Empty.With(afterChina.Turn!));
        Assert.Contains("11 June 2006", afterRussiaQuestion.Text, StringComparison.Ordinal);

        var afterEmbassy = fixture.Engine.Ask("When did the US recognise Montenegro?");
        var afterUk = fixture.Engine.Ask("and the UK?", Conversation.Empty.With(afterEmbassy.Turn!));
        Assert.Contains("13 June", afterUk.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("11 June 2006", afterUk.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_follow_up_means_the_person_the_last_answer_named()
    {
        var first = fixture.Engine.Ask("Who is Igor Zaytsev?");
        var next = fixture.Engine.Ask("what did he bring to Montenegro?", Conversation.Empty.With(first.Turn!));
        Assert.True(next.Answered, next.Text);
        Assert.Contains("encryption", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_gets_a_verdict_with_both_dates()
    {
        var answer = fixture.Engine.Ask("who recognised first, the US or the UK?");
        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("United States", answer.Text, StringComparison.Ordinal);
        Assert.Contains("one day before United Kingdom", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yes_no_comparison_says_no_when_the_order_is_the_other_way()
    {
        var answer = fixture.Engine.Ask("Did the UK recognise Montenegro before the US?");
        Assert.StartsWith("No.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_time_between_two_milestones_is_computed_from_their_dates()
    {
        var answer = fixture.Engine.Ask("How long after Montenegro's parliament ratified the accession treaty did the country join NATO?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("38 days", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How much did Montenegro and China trade in 2019?")]
    [InlineData("How many Russian diplomats did Montenegro expel in 2018?")]
    public void A_year_the_sources_do_not_give_for_it_is_declined(string question)
    {
        Assert.False(fixture.Engine.Ask(question).Answered);
    }

    [Theory]
    [InlineData("hello!")]
    [InlineData("thanks")]
    [InlineData("what can you do?")]
    public void Small_talk_gets_a_friendly_reply_with_an_example(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered);
        Assert.Contains("Montenegro", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Sources);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("lol")]
    [InlineData("hmm ok")]
    public void Chat_fillers_on_their_own_get_a_friendly_reply_not_a_decline(string message)
    {
        var answer = fixture.Engine.Ask(message);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("smalltalk", answer.Intent);
    }

    // A greeting or a filler around a question is chat register, not the question: the question is answered.
    [Theory]
    [InlineData("hey, when did russia recognise montenegro", "11 June")]
    [InlineData("yo who recognised montenegro on 13 june 2006 lol", "United Kingdom")]
    [InlineData("ok so when did the brits recognise montenegro? thanks", "13 June")]
    public void A_greeting_or_filler_around_a_question_does_not_hide_the_question(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    // "Soon after the congressional visit" is set in the year of the visit the passage before it dates; another year is not.
    [Theory]
    [InlineData("Which American defense secretary paid Montenegro a visit in 2006?", true)]
    [InlineData("Which American defense secretary paid Montenegro a visit in 2011?", false)]
    public void An_undated_passage_is_set_in_the_year_the_passage_before_it_gives(string question, bool answered)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.Equal(answered, answer.Answered);
        Assert.Equal(answered, answer.Text.Contains("Rumsfeld", StringComparison.Ordinal));
    }

    // A statement cut from a longer sentence may leave the rest of a list behind it: a question for several things gets it all.
    [Fact]
    public void A_question_for_several_things_gets_the_whole_list_its_sentence_gives()
    {
        var answer = fixture.Engine.Ask("Which foreign policy objectives did Montenegro list in June 2006?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("European Union", answer.Text, StringComparison.Ordinal);
        Assert.Contains("NATO", answer.Text, StringComparison.Ordinal);
    }

    // "In the Ukraine mission vote": a country before a noun qualifies it and is no place the text must name.
    [Fact]
    public void A_country_qualifying_a_noun_after_in_the_is_not_taken_for_a_place()
    {
        var answer = fixture.Engine.Ask("How many abstentions were there in the Ukraine mission vote?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("two abstentions", answer.Text, StringComparison.Ordinal);
    }

    // A journalist's topic before a colon belongs to every part of the question after it.
    [Fact]
    public void A_topic_put_before_several_questions_is_each_ones()
    {
        var answer = fixture.Engine.Ask("The Adriatic Charter: when did Montenegro get its invitation, and when did it start full membership?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("25 September 2008", answer.Text, StringComparison.Ordinal);
        Assert.Contains("May 2009", answer.Text, StringComparison.Ordinal);
    }

    // Parliamentary vote words: "nays" is not a misspelt "says", and abstainers are the abstentions.
    [Theory]
    [InlineData("How many nays were there on the Ukraine mission resolution?")]
    [InlineData("How many nays and abstainers did the Ukraine mission resolution get?")]
    public void Ayes_nays_and_abstainers_are_read_as_the_votes(string question)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("five against", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kada je Crna Gora postala članica NATO-a?", "5. jun 2017.")]
    [InlineData("Када је био покушај државног удара у Црној Гори?", "16. октобар 2016.")]
    public void Montenegrin_with_diacritics_and_inflection_is_understood(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cyrillic_answers_never_transliterate_english_words()
    {
        var answer = fixture.Engine.Ask("Када је био покушај државног удара у Црној Гори?");
        Assert.DoesNotContain("Тхе", answer.Text, StringComparison.Ordinal);
        Assert.Contains("coup", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pollster_named_in_passing_does_not_make_a_question_about_another_event_a_poll_question()
    {
        // "The government" also ran polls; a question about the coup against it is not about them.
        var coup = fixture.Engine.Ask("Who tried to overthrow the government in 2016?");
        Assert.NotEqual("poll", coup.Intent);
        Assert.DoesNotContain("poll figures", coup.Text, StringComparison.Ordinal);

        // Asking how many, the pollster's figures are what is asked.
        var figures = fixture.Engine.Ask("How many people wanted a NATO referendum held according to Strategic Marketing?");
        Assert.Equal("poll", figures.Intent);
    }

    [Theory]
    [InlineData("Is Tonga one of the states Montenegro has no diplomatic relations with?", "Yes.")]
    [InlineData("Does Montenegro have diplomatic relations with Tonga?", "No.")]
    public void Whether_a_state_has_relations_is_answered_the_way_the_question_is_put(string question, string verdict)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which UN members doesn't Montenegro have diplomatic relations with?")]
    [InlineData("how many countries dont have diplomatic ties with montenegro")]
    public void A_negation_written_with_or_without_an_apostrophe_is_read_as_one(string question)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Bhutan", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_for_the_reason_in_words_is_asking_why()
    {
        // "reason" says what kind of answer is wanted, like "why": the text need not contain the word.
        var answer = fixture.Engine.Ask("What was the reason Montenegro refused to extradite Dmitry Senin?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("asylum", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_long_after_an_event_with_its_own_verb_is_measured_from_that_event()
    {
        var answer = fixture.Engine.Ask("how long after Montenegro was invited to join NATO did it join?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("551 days", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_long_after_that_is_measured_from_the_event_the_last_question_asked_about()
    {
        var invited = fixture.Engine.Ask("When was Montenegro invited to join NATO?");
        var answer = fixture.Engine.Ask("how long after that did it actually join?", Conversation.Empty.With(invited.Turn!));

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("551 days", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_with_no_name_of_its_own_is_read_in_the_light_of_the_last_question()
    {
        var coup = fixture.Engine.Ask("When was the coup attempt in Montenegro?");
        var answer = fixture.Engine.Ask("who was supposedly going to be assassinated?", Conversation.Empty.With(coup.Turn!));

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Đukanović", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What was the lowest support for NATO membership?", "The lowest support")]
    [InlineData("what was the highest support for nato membership", "The highest support")]
    public void An_extreme_of_support_is_read_from_the_polls(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Which_came_first_compares_the_two_events_named_not_a_fact_that_says_first()
    {
        var answer = fixture.Engine.Ask("Which opened first: China's embassy in Podgorica or Montenegro's embassy in Beijing?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("July 7, 2006", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Russia", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_events_of_different_kinds_are_compared_when_each_is_what_the_question_asks()
    {
        var answer = fixture.Engine.Ask("did montenegro join the un before pfp?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Yes.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("28 June 2006", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capital_standing_for_its_state_is_answered_as_the_state()
    {
        var answer = fixture.Engine.Ask("When did Paris recognise Montenegro?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("France", answer.Text, StringComparison.Ordinal);
        Assert.Contains("14 June", answer.Text, StringComparison.Ordinal);
    }

    // "In Moscow" is the city: Russia's embassy in Podgorica is no answer.
    [Theory]
    [InlineData("When did Montenegro open its embassy in Moscow?")]
    [InlineData("When did Montenegro open an embassy in Paris?")]
    public void A_capital_after_in_is_a_place_not_the_state(string question)
    {
        Assert.False(fixture.Engine.Ask(question).Answered, fixture.Engine.Ask(question).Text);
    }

    // The two events named in any wording: "from … to", "between … and", "it" for the other half's thing, a year-only event.
    [Theory]
    [InlineData("how many days from montenegro's independence referendum to UN membership?", "38 days")]
    [InlineData("How long did Montenegro wait between applying for the Membership Action Plan and being granted it?", "about 13 months")]
    [InlineData("how many years between nato's 1999 bombing and montenegro joining nato?", "about 18 years")]
    [InlineData("count the days between the us senate vote and the ratification by montenegro's parliament", "31 days")]
    public void The_time_between_two_events_is_computed_however_the_two_are_named(string question, string expected)
    {
        var answer = fixture.Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
    }

    // "How did Russia respond?" says who reacted, not to what: to what the conversation was just about.
    [Fact]
    public void A_reaction_asked_without_its_cause_is_the_reaction_to_what_was_just_asked_about()
    {
        var expulsion = fixture.Engine.Ask("why were russian diplomats expelled from montenegro in september 2022?");
        var answer = fixture.Engine.Ask("how did russia respond?", Conversation.Empty.With(expulsion.Turn!));

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("consulate", answer.Text, StringComparison.Ordinal);
    }

    // "The government" is a pollster's name too; outside a poll question it is no name the passage must repeat.
    [Fact]
    public void A_pollster_named_in_passing_is_not_required_of_the_answer()
    {
        var answer = fixture.Engine.Ask("who criticised the government's pro-nato campaign as biased?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Nansen Dialogue Centre", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Take_place_frames_a_when_question_rather_than_being_words_to_find()
    {
        var answer = fixture.Engine.Ask("when did the attempt to topple montenegro's government take place?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("16 October 2016", answer.Text, StringComparison.Ordinal);
    }
}
