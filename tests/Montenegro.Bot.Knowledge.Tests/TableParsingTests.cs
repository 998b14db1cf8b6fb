using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class TableParsingTests(KnowledgeFixture fixture)
{
    private IReadOnlyList<Fact> TablePolls => fixture.Knowledge.Facts.Where(f => f.Poll is { FromTable: true }).ToList();

    [Fact]
    public void Every_row_of_the_poll_table_becomes_a_poll_with_its_figures()
    {
        Assert.Equal(27, TablePolls.Count);
        var newest = TablePolls.Single(f => f.Date!.Text == "6–12 October 2017");
        Assert.Equal(("cisr-iri", "43", "51", "8.0"), (newest.Poll!.PollsterId, newest.Poll.For, newest.Poll.Against, newest.Poll.Lead));
        var nspm = TablePolls.Single(f => f.Poll!.PollsterId == "nspm");
        Assert.Equal(("39.9", "60.1"), (nspm.Poll!.For, nspm.Poll.Against));
        Assert.Equal((2016, 6), (nspm.Date!.Year!.Value, nspm.Date.Month!.Value));
    }

    [Fact]
    public void Poll_rows_without_a_firm_say_the_firm_is_not_named()
    {
        var unnamed = TablePolls.Where(f => f.Poll!.PollsterId is null).ToList();
        Assert.Equal(["Oct 2014", "Mar 2014"], unnamed.Select(f => f.Date!.Text).OrderByDescending(t => t));
        Assert.All(unnamed, f => Assert.Contains("the table names no polling firm", f.Statement, StringComparison.Ordinal));
    }

    [Fact]
    public void Prose_polls_are_kept_beside_table_rows_for_the_same_month()
    {
        var march2014 = fixture.Knowledge.Facts.Where(f => f.Poll is not null && f.Date is { Year: 2014, Month: 3 }).ToList();
        Assert.Contains(march2014, f => f.Poll!.FromTable && f.Poll.For == "52.2");
        Assert.Contains(march2014, f => !f.Poll!.FromTable && f.Poll.For == "46");
    }

    [Fact]
    public void Timeline_table_gives_named_milestones_and_28_unnamed_allied_ratifications()
    {
        var milestones = fixture.Knowledge.Facts.Where(f => f.Id.StartsWith("nato/timeline/", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, milestones.Count);
        Assert.Equal("2009-12-04", milestones.Single(f => f.Milestone == "Membership Action Plan").Date!.Iso);
        Assert.Equal("2017-06-05", milestones.Single(f => f.Milestone == "Member of NATO").Date!.Iso);

        var ratifications = fixture.Knowledge.Facts.Where(f => f.Topic == "ratification").ToList();
        Assert.Equal(28, ratifications.Count);
        Assert.All(ratifications, r => Assert.Empty(r.EntityIds));
        Assert.Equal("2016-06-23", ratifications.Min(r => r.Date!.Iso));
        Assert.Equal("2017-05-18", ratifications.Max(r => r.Date!.Iso));
    }

    [Fact]
    public void Passages_have_stable_ids_from_source_section_and_position()
    {
        var passages = fixture.Knowledge.PassagesById;
        Assert.StartsWith("The State Union of Serbia and Montenegro applied", passages["nato-relations/background/1"].Text, StringComparison.Ordinal);
        Assert.StartsWith("The accession of Montenegro", passages["nato-relations/lead/1"].Text, StringComparison.Ordinal);
        Assert.Equal(PassageKind.List, passages["foreign-relations/diplomatic-relations/2"].Kind);
        Assert.Equal(11, passages["foreign-relations/diplomatic-relations/2"].Items.Count);
        Assert.Empty(passages["foreign-relations/diplomatic-relations/1"].Items);
        Assert.Equal(31, passages["nato-relations/montenegros-foreign-relations-with-nato-member-states/1"].Items.Count);
    }

    [Fact]
    public void Trailing_links_and_the_infobox_are_never_answerable()
    {
        var navigation = fixture.Knowledge.Passages.Where(p => !p.IsAnswerable).Select(p => p.Id).ToList();
        Assert.Contains("nato-relations/infobox/1", navigation);
        Assert.Contains("foreign-relations/see-also/1", navigation);
        Assert.Contains("nato-relations/see-also/1", navigation);
        Assert.DoesNotContain(fixture.Knowledge.Passages, p => p.IsAnswerable && p.Text.Contains("Njegoskij", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("6–12 October 2017", 2017, 10, null)]
    [InlineData("Dec 2016", 2016, 12, null)]
    [InlineData("28 May-5 Jun 2016", 2016, 6, null)]
    [InlineData("24 June 2009", 2009, 6, 24)]
    [InlineData("2016-09-06", 2016, 9, 6)]
    public void Table_dates_are_read_as_written(string text, int year, int month, int? day)
    {
        var date = FactDate.Parse(text);
        Assert.Equal((year, month, day), (date.Year!.Value, date.Month!.Value, date.Day));
        Assert.Equal(text, date.Text);
    }
}
