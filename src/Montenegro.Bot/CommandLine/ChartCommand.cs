using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Charts;
using Montenegro.Bot.Hosting;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.CommandLine;

/// <summary>
/// <c>chart [--pollster NAME] --out FILE</c>: draws the poll chart from the sources that <c>Data:Path</c> names
/// (with the font that <c>Charts:FontFile</c> names, if any) and writes it as a PNG; see <see cref="ChartCommandRunner"/>.
/// Needs only the knowledge base, so no host is started: the host is built only so that the settings are checked as in
/// every other mode (one line and exit 2 when they are invalid; exit 3 when the sources cannot be loaded).
/// </summary>
public static class ChartCommand
{
    /// <summary>Writes the chart of <paramref name="pollster"/>'s polls (all when null) to <paramref name="outPath"/>; returns the exit code.</summary>
    /// <param name="settings">Settings given as <c>--Section:Key=Value</c> arguments.</param>
    /// <param name="pollster">A pollster's name, alias or id, or null for all.</param>
    /// <param name="outPath">The PNG file to write.</param>
    /// <param name="console">Where to write the one line.</param>
    public static int Run(string[] settings, string? pollster, string outPath, BotConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (ReadSettings(settings, out var dataPath, out var fontFile) is { } problem)
        {
            console.Error.WriteLine(problem);
            return ExitCodes.Usage;
        }

        KnowledgeBase knowledge;
        try
        {
            knowledge = KnowledgeBaseLoader.Load(dataPath);
        }
        catch (KnowledgeLoadException e)
        {
            console.Error.WriteLine($"Cannot load the bot's sources: {e.Message}");
            return ExitCodes.SourcesUnavailable;
        }

        return ChartCommandRunner.Run(knowledge, pollster, outPath, console.Out, console.Error, fontFile);
    }

    // The same reading and checks as the other modes (conversions, validators); the chart settings are not part of the
    // console host, so they are bound and validated here with the rules of their own options type.
    private static string? ReadSettings(string[] settings, out string dataPath, out string? fontFile)
    {
        dataPath = string.Empty;
        fontFile = null;
        try
        {
            using var host = BotHost.CreateConsoleBuilder(settings).Build();
            var configuration = host.Services.GetRequiredService<IConfiguration>();
            try
            {
                host.Services.GetService<IStartupValidator>()?.Validate();
                dataPath = host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Path;
            }
            catch (Exception e) when (SettingsCheck.OneLine(e, configuration) is { } line)
            {
                return line;
            }

            var chart = configuration.GetSection(ChartOptions.Section).Get<ChartOptions>() ?? new ChartOptions();
            var problems = new List<ValidationResult>();
            if (!Validator.TryValidateObject(chart, new ValidationContext(chart), problems, validateAllProperties: true))
            {
                return new InvalidSettingsException(problems.Select(p => p.ErrorMessage ?? $"{ChartOptions.Section} settings are invalid.").ToList()).Message;
            }

            fontFile = string.IsNullOrWhiteSpace(chart.FontFile) ? null : chart.FontFile;
            return null;
        }
        catch (InvalidSettingsException e)
        {
            return e.Message;
        }
    }
}
