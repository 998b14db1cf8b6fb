using Montenegro.Bot.Charts;

namespace Montenegro.Bot.Tests.Charts;

[Collection(EngineCollection.Name)]
public sealed class ChartCommandRunnerTests(EngineFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chart-command-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private int Run(string? pollster, string outPath) => ChartCommandRunner.Run(fixture.Knowledge, pollster, outPath, _output, _error);

    private static string[] LinesOf(StringWriter writer) => writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Writes_the_png_and_prints_one_line_with_its_file_size_and_format()
    {
        var path = Path.Combine(_folder, "poll.png");

        Assert.Equal(0, Run(null, path));

        var (width, height) = Png.Size(File.ReadAllBytes(path));
        Assert.Equal($"{path} {width}x{height} png", Assert.Single(LinesOf(_output)));
        Assert.Empty(_error.ToString());
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_pollster_named_in_any_case_gets_its_own_chart()
    {
        var all = Path.Combine(_folder, "all.png");
        var cedem = Path.Combine(_folder, "cedem.png");

        Assert.Equal(0, Run(null, all));
        Assert.Equal(0, Run("cedem", cedem));

        Assert.NotEqual(File.ReadAllBytes(all), File.ReadAllBytes(cedem));
        Assert.Equal(
            new PollChartRenderer().Render(PollChartData.Build(fixture.Knowledge, "cedem")).Png,
            File.ReadAllBytes(cedem));
    }

    [Fact]
    public void An_unknown_pollster_is_refused_with_the_pollsters_listed_and_no_file()
    {
        var path = Path.Combine(_folder, "poll.png");

        Assert.Equal(2, Run("Gallup", path));

        var line = Assert.Single(LinesOf(_error));
        Assert.StartsWith("No pollster 'Gallup'. Pollsters in my sources: ", line, StringComparison.Ordinal);
        foreach (var name in new[] { "CEDEM", "Ipsos", "DAMAR", "NSPM", "CISR/IRI" })
        {
            Assert.Contains(name, line, StringComparison.Ordinal);
        }

        Assert.Empty(_output.ToString());
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_hostile_pollster_name_is_echoed_on_one_short_line()
    {
        Assert.Equal(2, Run("@everyone\nDROP" + new string('x', 100_000), Path.Combine(_folder, "poll.png")));

        var line = Assert.Single(LinesOf(_error));
        Assert.True(line.Length < 400, $"{line.Length} characters");
    }

    [Fact]
    public void A_pollster_with_no_dated_figures_is_refused()
    {
        Assert.Equal(2, Run("Strategic Marketing", Path.Combine(_folder, "poll.png")));

        Assert.Contains("Strategic Marketing", Assert.Single(LinesOf(_error)), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Theory]
    [InlineData("missing-folder/poll.png")]
    [InlineData("")]
    [InlineData(".")]
    public void A_path_that_cannot_be_written_is_refused_on_one_line(string relative)
    {
        var path = relative.Length == 0 ? relative : Path.Combine(_folder, relative);

        Assert.Equal(2, Run(null, path));

        Assert.Single(LinesOf(_error));
        Assert.Empty(_output.ToString());
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void An_existing_file_is_replaced_whole()
    {
        var path = Path.Combine(_folder, "poll.png");
        File.WriteAllText(path, new string('x', 1_000_000));

        Assert.Equal(0, Run(null, path));

        var png = File.ReadAllBytes(path);
        Assert.True(Png.EndsWithIend(png));
        Png.Size(png);
    }
}
