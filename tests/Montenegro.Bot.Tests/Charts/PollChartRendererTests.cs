using Montenegro.Bot.Charts;

namespace Montenegro.Bot.Tests.Charts;

[Collection(EngineCollection.Name)]
public sealed class PollChartRendererTests(EngineFixture fixture)
{
    [Fact]
    public void The_chart_is_a_whole_png_large_enough_for_an_embed()
    {
        var chart = new PollChartRenderer().Render(PollChartData.Build(fixture.Knowledge));

        var (width, height) = Png.Size(chart.Png);
        Assert.Equal((chart.Width, chart.Height), (width, height));
        Assert.True(width >= 800 && height >= 600, $"{width}x{height}");
        Assert.True(Png.EndsWithIend(chart.Png));
        Assert.Equal("nato-polls.png", chart.FileName);
    }

    [Fact]
    public void A_pollster_chart_is_its_own_picture_with_its_own_file_name()
    {
        var all = new PollChartRenderer().Render(PollChartData.Build(fixture.Knowledge));
        var cisr = new PollChartRenderer().Render(PollChartData.Build(fixture.Knowledge, "cisr-iri"));

        Assert.Equal("nato-polls-cisriri.png", cisr.FileName);
        Assert.NotEqual(all.Png, cisr.Png);
        Assert.Equal((PollChartRenderer.Width, PollChartRenderer.Height), Png.Size(cisr.Png));
    }

    [Fact]
    public void Drawing_the_same_data_twice_gives_the_same_picture()
    {
        var data = PollChartData.Build(fixture.Knowledge, "cedem");

        Assert.Equal(new PollChartRenderer().Render(data).Png, new PollChartRenderer().Render(data).Png);
    }

    [Fact]
    public void Nothing_to_draw_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PollChartRenderer().Render(PollChartData.Build(fixture.Knowledge, "strategic-marketing")));
    }

    [Fact]
    public void A_missing_font_file_is_named_in_the_error()
    {
        var e = Assert.Throws<ChartFontException>(() => ChartFont.Find("/no/such/font.ttf"));
        Assert.Contains("/no/such/font.ttf", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_font_is_found_where_the_image_or_the_system_keeps_it()
    {
        Assert.Contains(ChartFont.Find(null), ChartFont.DefaultLocations);
    }
}
