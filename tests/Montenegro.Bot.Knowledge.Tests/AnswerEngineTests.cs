namespace Montenegro.Bot.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class AnswerEngineTests(KnowledgeFixture fixture)
{
    [Theory]
    [InlineData("When did France recognise Montenegro?", "recognition", "14 June")]
    [InlineData("When did Britain recognize Montenegro?", "recognition", "13 June")]
    [InlineData("Which country recognised Montenegro first?", "recognition", "Russia")]
    [InlineData("When did Montenegro declare independence?", "independence", "3 June 2006")]
    [InlineData("When did the Montenegrin embassy in Beijing open?", "relations", "November 13, 2007")]
    [InlineData("How much did China and Montenegro trade in 2015?", "relations", "160,385,964")]
    [InlineData("Which GRU officer travelled to Montenegro?", "person", "Igor Zaytsev")]
    [InlineData("When did Montenegro sign a transit agreement with NATO?", "nato", "November 2007")]
    [InlineData("When was the accession protocol signed?", "nato", "19 May 2016")]
    [InlineData("When did Trump sign the memorandum on Montenegro?", "nato", "11 April 2017")]
    [InlineData("How many abstained in the vote on the Ukraine mission?", "ukraine", "two abstentions")]
    [InlineData("How did the Russian embassy react to the Ukraine mission vote?", "ukraine", "Western line")]
    [InlineData("When did accession talks with NATO begin?", "nato", "February 2016")]
    [InlineData("When did Montenegro become a UN member?", "membership", "28 June 2006")]
    [InlineData("Which member of NATO did Montenegro become?", "nato", "29th")]
    [InlineData("Who wrote to Miodrag Vlahović to extend recognition?", "recognition", "Peter MacKay")]
    [InlineData("What percentage of the vote did the DPS win in 2016?", "nato", "41%")]
    public void Questions_of_each_kind_get_the_fact_that_answers_them(string question, string intent, string expected)
    {
        var answer = fixture.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(intent, answer.Intent);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_about_something_the_sources_say_has_not_happened_is_declined_with_what_they_do_say()
    {
        var answer = fixture.Engine.Ask("When did Montenegro join the EU?");
        Assert.False(answer.Answered);
        Assert.Contains("do not say that Montenegro has joined the EU", answer.Text, StringComparison.Ordinal);
        Assert.Contains("key goal", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Sources);
    }

    [Fact]
    public void Every_answer_names_its_source_with_an_excerpt()
    {
        var answer = fixture.Engine.Ask("When did Montenegro join NATO?");
        var source = answer.Sources[0];
        Assert.Equal("nato-relations/full-membership/1", source.Id);
        Assert.Equal("Montenegro–NATO relations › Full membership", source.Title);
        Assert.NotNull(source.Url);
        Assert.DoesNotContain("**", source.Excerpt, StringComparison.Ordinal);
        Assert.NotEmpty(source.Highlights);
        Assert.Contains("5 June 2017", answer.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Nato_milestone_shows_the_articles_date_and_the_timeline_tables()
    {
        var answer = fixture.Engine.Ask("When was Montenegro granted a Membership Action Plan?");
        Assert.Contains("Montenegro was granted", answer.Text, StringComparison.Ordinal);
        Assert.True(answer.Text.IndexOf("December 2009", StringComparison.Ordinal) < answer.Text.IndexOf("2009-12-04", StringComparison.Ordinal));
        Assert.Equal(2, answer.Sources.Count);
    }

    [Fact]
    public void Poll_month_with_table_and_prose_figures_shows_both_labelled()
    {
        var answer = fixture.Engine.Ask("What did polls in March 2014 show?");
        Assert.Contains("52.2", answer.Text, StringComparison.Ordinal);
        Assert.Contains("46", answer.Text, StringComparison.Ordinal);
        Assert.Contains("(poll table)", answer.Text, StringComparison.Ordinal);
        Assert.Contains("(article text)", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognitions_on_a_named_day_are_those_of_that_day()
    {
        var answer = fixture.Engine.Ask("Who recognised Montenegro on 12 June 2006?");
        Assert.Contains("European Council of Ministers", answer.Text, StringComparison.Ordinal);
        Assert.Contains("United States", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Russia", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Poll_trend_over_a_range_of_years_gives_the_direction_then_first_peak_low_and_latest()
    {
        var answer = fixture.Engine.Ask("How did support for NATO change between 2008 and 2017?");
        Assert.Equal("poll", answer.Intent);
        Assert.StartsWith("Support for NATO membership rose from 36.45%", answer.Text, StringComparison.Ordinal);
        Assert.Contains("peaking at 56%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Most_opposition_is_the_highest_share_against_not_the_highest_support()
    {
        var answer = fixture.Engine.Ask("Which polling firm found the most opposition to NATO?");
        Assert.Contains("63.55% against", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Latest_poll_is_the_newest_dated_row()
    {
        var answer = fixture.Engine.Ask("What does the latest survey say about NATO membership?");
        Assert.Contains("CISR/IRI", answer.Text, StringComparison.Ordinal);
        Assert.Contains("43", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Diplomatic_ties_with_a_listed_state_are_denied_with_the_list()
    {
        var answer = fixture.Engine.Ask("Does Montenegro have diplomatic relations with Bhutan?");
        Assert.True(answer.Answered);
        Assert.StartsWith("No.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Tonga", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Relations_overview_lists_a_countrys_facts_in_date_order()
    {
        var answer = fixture.Engine.Ask("Tell me about relations with China");
        Assert.Equal("relations", answer.Intent);
        var text = answer.Text;
        Assert.True(text.IndexOf("July 7, 2006", StringComparison.Ordinal) < text.IndexOf("November 13, 2007", StringComparison.Ordinal));
        Assert.Contains("160,385,964", text, StringComparison.Ordinal);
    }
}
