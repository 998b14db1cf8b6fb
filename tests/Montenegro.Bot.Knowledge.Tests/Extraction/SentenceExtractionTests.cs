using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Tests.Extraction;

/// <summary>What the extractor makes of single sentences: who did what to whom, when, and how many.</summary>
[Collection(KnowledgeCollection.Name)]
public sealed class SentenceExtractionTests(KnowledgeFixture fixture)
{
    private List<Fact> Extract(string text, string title = "Notes", params string[] headings) =>
        ExtractionHarness.FromParagraph(fixture.Knowledge, text, title, headings);

    [Fact]
    public void A_recognition_names_its_subject_first_and_Montenegro_as_what_was_recognised()
    {
        var fact = Assert.Single(Extract("Iceland recognised Montenegro on 20 June 2006."));

        Assert.Equal("recognition", fact.Topic);
        Assert.Equal("recognise", fact.Predicate);
        Assert.Equal("iceland", fact.EntityIds[0]);
        Assert.Equal(["montenegro"], fact.ObjectIds);
        Assert.Equal("2006-06-20", fact.Date!.Iso);
        Assert.Equal("Iceland's recognition of Montenegro", fact.Label);
        Assert.Equal("Iceland recognised Montenegro on 20 June 2006.", fact.Statement);
    }

    [Fact]
    public void A_recognition_Montenegro_makes_has_Montenegro_as_subject_and_the_other_state_as_object()
    {
        var fact = Assert.Single(Extract("Montenegro recognised Kosovo on 9 October 2008."));

        Assert.Equal("recognition", fact.Topic);
        Assert.Equal(["montenegro", "kosovo"], fact.EntityIds);
        Assert.Equal(["kosovo"], fact.ObjectIds);
        Assert.Equal("2008-10-09", fact.Date!.Iso);
    }

    [Fact]
    public void Relations_established_by_two_states_are_titled_by_the_partner()
    {
        var fact = Assert.Single(Extract("Montenegro and Albania established diplomatic relations on 12 July 2006."));

        Assert.Equal("relations", fact.Topic);
        Assert.Contains("albania", fact.EntityIds);
        Assert.Equal("2006-07-12", fact.Date!.Iso);
        Assert.Equal("Diplomatic relations with Albania", fact.Label);
    }

    [Fact]
    public void A_day_and_month_without_a_year_take_the_paragraphs_year_and_the_statement_says_so()
    {
        var facts = Extract("Russia gave official recognition on 11 June 2006. The European Council of Ministers recognized Montenegrin independence on 12 June, as did the United States.");

        var union = Assert.Single(facts, f => f.EntityIds[0] == "european-union");
        Assert.Equal("2006-06-12", union.Date!.Iso);
        Assert.Equal("12 June", union.Date.Text);
        Assert.Contains("on 12 June (2006), as did the United States", union.Statement, StringComparison.Ordinal);

        // "as did the United States": a recognition of its own, on the same day; each fact is about its own state.
        var states = Assert.Single(facts, f => f.EntityIds[0] == "united-states");
        Assert.Equal("2006-06-12", states.Date!.Iso);
        Assert.DoesNotContain("united-states", union.EntityIds);
        Assert.DoesNotContain("european-union", states.EntityIds);
    }

    [Fact]
    public void A_requested_recognition_is_not_a_recognition()
    {
        Assert.DoesNotContain(Extract("The parliament requested international recognition on 3 June 2006."), f => f.Topic == "recognition");
    }

    [Fact]
    public void What_someone_said_would_happen_is_not_stated_as_a_fact()
    {
        var facts = Extract("In late 2007, the Defense Minister said that Montenegro would join NATO after the 2008 Bucharest summit.");

        var said = Assert.Single(facts);
        Assert.Equal("Statement", said.Label);
        Assert.Equal("2007", said.Date!.Iso);
    }

    [Fact]
    public void Two_dated_events_of_one_sentence_are_two_facts_each_stated_by_its_own_clause()
    {
        var facts = Extract("Montenegro entered Intensified Dialogue with NATO in April 2008, and adopted an Individual Partnership Action Plan in June 2008.");

        Assert.Equal(["2008-04", "2008-06"], facts.Select(f => f.Date!.Iso));
        Assert.Equal("Montenegro entered Intensified Dialogue with NATO in April 2008.", facts[0].Statement);
        Assert.Equal("[Montenegro] adopted an Individual Partnership Action Plan in June 2008.", facts[1].Statement);
        Assert.All(facts, f => Assert.Equal("nato", f.Topic));
    }

    [Fact]
    public void Poll_figures_in_prose_give_one_fact_for_everyone_and_one_per_group()
    {
        var facts = Extract("A poll in July 2015 from the Centre for Democracy and Human Rights found that 36.6 percent support membership, to 37.3 percent against, with sharp divisions: 71.2 percent of Montenegrin Albanians support membership, while only 11.3 percent of Montenegrin Serbs do.");

        var everyone = Assert.Single(facts, f => f.Poll is { GroupId: null });
        Assert.Equal(("cedem", "36.6", "37.3"), (everyone.Poll!.PollsterId, everyone.Poll.For, everyone.Poll.Against));
        Assert.Equal("2015-07", everyone.Date!.Iso);
        Assert.Equal("11.3", Assert.Single(facts, f => f.Poll?.GroupId == "serbs").Poll!.For);
        Assert.Equal("71.2", Assert.Single(facts, f => f.Poll?.GroupId == "albanians").Poll!.For);
    }

    [Fact]
    public void A_share_of_something_other_than_membership_is_not_read_as_support_for_it()
    {
        var poll = Assert.Single(Extract("According to Strategic Marketing's poll on whether to schedule a referendum, 72% of respondents support holding it."));

        Assert.Null(poll.Poll!.For);
        Assert.Contains(new FactFigure("share", "72%"), poll.Figures);
    }

    [Fact]
    public void A_vote_keeps_its_counts_as_written()
    {
        var vote = Assert.Single(Extract("The resolution, which passed with 44 votes in favor, five against, and two abstentions, was supported by the ruling majority."));

        Assert.Equal([new("for", "44"), new("against", "five"), new("abstentions", "two")], vote.Figures);
    }

    [Fact]
    public void Expulsions_keep_how_many_were_expelled_and_when()
    {
        var facts = Extract("Relations worsened in 2022, with five diplomats expelled in March/April 2022 then six more Russian diplomats being expelled from Montenegro in September.");

        var expulsions = facts.Where(f => f.Figures.Any(g => g.Measure == "diplomats")).ToList();
        Assert.Equal(["five", "six"], expulsions.Select(f => f.Figures.Single().Value));
        Assert.Equal(["2022-04", "2022-09"], expulsions.Select(f => f.Date!.Iso));
    }

    [Fact]
    public void A_sum_of_money_is_kept_with_its_currency_and_the_section_gives_the_partner()
    {
        var trade = Assert.Single(Extract("In 2015, total trade between the two countries amounted to 160,385,964 euros.", "Notes", "Montenegro-China relations"));

        Assert.Equal([new("euros", "160,385,964")], trade.Figures);
        Assert.Equal(["china"], trade.EntityIds);
        Assert.Equal("relations", trade.Topic);
    }

    [Fact]
    public void People_are_kept_with_their_roles()
    {
        var people = Extract("Russia continues to spy on Montenegro, GRU officer Igor Zaytsev is known to have travelled to Montenegro on numerous occasions up to 2018.")
            .Where(f => f.Topic == ExtractionHarness.Lexicon.PersonTopic).ToList();

        Assert.Equal("Igor Zaytsev, GRU officer", Assert.Single(people).Label);
    }

    [Fact]
    public void A_capital_named_as_a_place_is_not_the_state_and_a_leaning_is_not_a_state()
    {
        var embassy = Assert.Single(Extract("The Canadian Embassy in Belgrade is accredited to Montenegro."));
        Assert.Equal(["canada"], embassy.EntityIds);

        var parties = Extract("Pro-Russian opposition parties argued that a referendum should be held.");
        Assert.All(parties, f => Assert.DoesNotContain("russia", f.EntityIds));
    }

    [Fact]
    public void Without_a_predicate_lexicon_nothing_is_derived()
    {
        var facts = new Knowledge.Extraction.FactExtractor(Knowledge.Extraction.PredicateLexicon.Empty, fixture.Knowledge.Entities)
            .Extract(fixture.Knowledge.Passages, fixture.Knowledge.SourcesById);

        Assert.Empty(facts);
    }
}
