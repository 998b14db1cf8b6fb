using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Tests.Charts;

/// <summary>The <c>chart</c> command through the real executable, as a script or a container check runs it.</summary>
public sealed class ChartCommandProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chart-process-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Chart_writes_the_png_and_prints_its_path_size_and_format_on_one_line()
    {
        var path = Path.Combine(_folder, "poll.png");

        var (exit, output, error) = await BotProcess.RunAsync(null, "chart", "--out", path);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var (width, height) = Png.Size(await File.ReadAllBytesAsync(path));
        Assert.Equal($"{path} {width}x{height} png", output.TrimEnd());
    }

    [Fact]
    public async Task Chart_for_one_pollster_named_in_any_case_writes_its_png()
    {
        var path = Path.Combine(_folder, "cedem.png");

        var (exit, output, _) = await BotProcess.RunAsync(null, "chart", "--pollster", "cedem", "--out", path);

        Assert.Equal(0, exit);
        Assert.EndsWith(" png", output.TrimEnd(), StringComparison.Ordinal);
        Assert.True(Png.EndsWithIend(await File.ReadAllBytesAsync(path)));
    }

    [Fact]
    public async Task Chart_without_out_is_bad_usage_with_exit_code_2_and_one_line()
    {
        var (exit, output, error) = await BotProcess.RunAsync(null, "chart");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("--out", Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_of_an_unknown_pollster_exits_2_and_writes_no_file()
    {
        var (exit, output, error) = await BotProcess.RunAsync(null, "chart", "--pollster", "Nobody Polls", "--out", Path.Combine(_folder, "poll.png"));

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("No pollster 'Nobody Polls'", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Chart_reads_the_sources_from_Data_Path_like_the_other_commands()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "no-data")).FullName;
        var environment = new Dictionary<string, string> { ["Data__Path"] = empty };

        var (exit, output, error) = await BotProcess.RunAsync(null, environment, "chart", "--out", Path.Combine(_folder, "poll.png"));

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("Data:Path", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }
}
