using Montenegro.Bot.Charts;

namespace Montenegro.Bot.Tests.Charts;

[Collection(EngineCollection.Name)]
public sealed class PollChartDataTests(EngineFixture fixture)
{
    // Counted from the source file's poll table itself, not from the knowledge base the chart is built from.
    private static int TableRowsOf(string firm) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "nato-relations.txt"))
            .SkipWhile(line => line != "==Opinion polls==")
            .Skip(2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Split('|'))
            .Count(cells => cells[2].Trim() == firm);

    [Fact]
    public void Every_pollster_with_figures_has_exactly_one_series()
    {
        var data = PollChartData.Build(fixture.Knowledge);

        var ids = data.Series.Select(s => s.PollsterId).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Contains("cedem", ids);
        Assert.Contains("ipsos", ids);
        Assert.Contains("damar", ids);
        Assert.Contains("nspm", ids);
        Assert.Contains("cisr-iri", ids);
    }

    [Fact]
    public void Cedem_has_every_row_of_the_poll_table_and_its_poll_quoted_in_the_text()
    {
        var cedem = Assert.Single(PollChartData.Build(fixture.Knowledge).Series, s => s.PollsterId == "cedem");

        Assert.Equal(TableRowsOf("CEDEM"), cedem.TablePoints.Count());
        Assert.True(cedem.TablePoints.Count() >= 10);
        var quoted = Assert.Single(cedem.TextPoints);
        Assert.Equal(new DateOnly(2015, 7, 15), quoted.Date);
        Assert.Equal(36.6, quoted.Support);
    }

    [Fact]
    public void Table_rows_keep_their_day_and_figures()
    {
        var damar = Assert.Single(PollChartData.Build(fixture.Knowledge).Series, s => s.PollsterId == "damar");

        Assert.Equal(TableRowsOf("DAMAR"), damar.TablePoints.Count());
        Assert.Contains(damar.Points, p => p.Date == new DateOnly(2016, 6, 26) && p.Support == 54.2 && p.FromTable);
    }

    [Fact]
    public void Points_run_oldest_first()
    {
        foreach (var series in PollChartData.Build(fixture.Knowledge).Series)
        {
            Assert.Equal(series.Points.OrderBy(p => p.Date).Select(p => p.Date), series.Points.Select(p => p.Date));
        }
    }

    [Fact]
    public void Polls_that_name_no_pollster_form_their_own_series_last()
    {
        var series = PollChartData.Build(fixture.Knowledge).Series;

        var unnamed = series[^1];
        Assert.Null(unnamed.PollsterId);
        Assert.Equal(PollChartData.UnnamedSeriesName, unnamed.Name);
        Assert.Equal(TableRowsOf(string.Empty), unnamed.TablePoints.Count());
        Assert.NotEmpty(unnamed.TextPoints);
    }

    [Fact]
    public void Polls_of_one_population_group_are_not_charted()
    {
        var serbs = fixture.Knowledge.Facts.First(f => f.Poll?.GroupId == "serbs");
        Assert.NotNull(serbs.Poll?.GroupId);

        var charted = PollChartData.Build(fixture.Knowledge).Series.SelectMany(s => s.Points).Select(p => p.FactId).ToHashSet();

        Assert.DoesNotContain(serbs.Id, charted);
        Assert.DoesNotContain(11.3, PollChartData.Build(fixture.Knowledge, "cedem").Series.SelectMany(s => s.Points).Select(p => p.Support));
    }

    [Fact]
    public void Every_poll_with_a_year_and_a_share_in_favour_is_charted_once()
    {
        var expected = fixture.Knowledge.Facts
            .Where(f => f.Poll is { GroupId: null, For: not null } && f.Date?.Year is not null)
            .Select(f => f.Id)
            .Order(StringComparer.Ordinal);

        var charted = PollChartData.Build(fixture.Knowledge).Series.SelectMany(s => s.Points).Select(p => p.FactId).Order(StringComparer.Ordinal);

        Assert.Equal(expected, charted);
    }

    [Fact]
    public void A_pollster_filter_keeps_only_that_pollster()
    {
        var data = PollChartData.Build(fixture.Knowledge, "ipsos");

        var ipsos = Assert.Single(data.Series);
        Assert.Equal("Ipsos", ipsos.Name);
        Assert.Equal("ipsos", data.PollsterId);
        Assert.Equal(TableRowsOf("Ipsos") + 1, ipsos.Points.Count);
    }

    [Fact]
    public void A_pollster_without_dated_figures_gives_nothing_to_draw()
    {
        Assert.True(PollChartData.Build(fixture.Knowledge, "strategic-marketing").IsEmpty);
    }

    [Fact]
    public void The_chart_credits_the_article_the_polls_come_from()
    {
        var source = Assert.Single(PollChartData.Build(fixture.Knowledge).Sources);
        Assert.Equal("nato-relations", source.Id);
    }
}
