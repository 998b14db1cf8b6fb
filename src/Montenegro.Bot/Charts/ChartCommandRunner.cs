using Montenegro.Bot.Knowledge;

namespace Montenegro.Bot.Charts;

/// <summary>
/// The <c>chart [--pollster NAME] --out FILE</c> command: draws the poll chart, writes it as a PNG and
/// prints one line, <c>FILE WIDTHxHEIGHT png</c>, so a script (or a container check) can see it worked.
/// </summary>
public static class ChartCommandRunner
{
    /// <summary>Exit code for a bad argument: an unknown pollster, one with nothing to chart, or a file that cannot be written.</summary>
    public const int UsageExitCode = 2;

    /// <summary>Exit code when the chart cannot be drawn here at all (no font).</summary>
    public const int FailureExitCode = 1;

    private const int MaxEchoedLength = 60;

    /// <summary>
    /// Writes the chart of <paramref name="knowledge"/>'s polls (all, or <paramref name="pollster"/>'s, named by
    /// name, alias or id) to <paramref name="outPath"/>. On success prints one line to <paramref name="output"/>
    /// and returns 0; otherwise prints one line to <paramref name="error"/>, leaves no file behind and returns
    /// <see cref="UsageExitCode"/> or <see cref="FailureExitCode"/>.
    /// </summary>
    public static int Run(KnowledgeBase knowledge, string? pollster, string outPath, TextWriter output, TextWriter error, string? fontFile = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (string.IsNullOrWhiteSpace(outPath))
        {
            error.WriteLine("chart needs --out FILE: the PNG file to write, e.g. --out poll.png");
            return UsageExitCode;
        }

        string? pollsterId = null;
        if (pollster is not null)
        {
            var entity = PollsterResolver.Resolve(knowledge, pollster);
            if (entity is null)
            {
                error.WriteLine($"No pollster '{Echo(pollster)}'. Pollsters in my sources: {string.Join(", ", PollsterResolver.ChartableNames(knowledge))}.");
                return UsageExitCode;
            }

            pollsterId = entity.Id;
        }

        var data = PollChartData.Build(knowledge, pollsterId);
        if (data.IsEmpty)
        {
            var name = pollsterId is null ? "any pollster" : knowledge.EntitiesById[pollsterId].Name;
            error.WriteLine($"My sources have no dated poll figure on NATO membership by {name} to chart. Pollsters with figures: {string.Join(", ", PollsterResolver.ChartableNames(knowledge))}.");
            return UsageExitCode;
        }

        ChartImage chart;
        try
        {
            chart = new PollChartRenderer(fontFile).Render(data);
        }
        catch (ChartFontException e)
        {
            error.WriteLine($"Cannot draw the chart: {e.Message}");
            return FailureExitCode;
        }

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(outPath);
            WriteWhole(fullPath, chart.Png);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"Cannot write '{Echo(outPath)}': {OneLine(e.Message)}");
            return UsageExitCode;
        }

        output.WriteLine($"{fullPath} {chart.Width}x{chart.Height} png");
        return 0;
    }

    // A reader never sees half a PNG under the target name: write beside it, then rename over it.
    private static void WriteWhole(string path, byte[] png)
    {
        if (Directory.Exists(path))
        {
            throw new IOException("it is a folder; name a file such as poll.png inside it");
        }

        var temporary = Path.Combine(Path.GetDirectoryName(path) ?? ".", $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, png);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static string Echo(string text)
    {
        var line = OneLine(text.Trim());
        return line.Length <= MaxEchoedLength ? line : line[..MaxEchoedLength] + "…";
    }

    private static string OneLine(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}
