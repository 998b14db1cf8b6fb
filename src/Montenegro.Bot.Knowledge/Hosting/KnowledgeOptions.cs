using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Validation;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>Where the sources are, and whether changes to them are loaded while the bot runs. Bound from the <c>Data</c> configuration section and checked at start by <see cref="Validator"/>.</summary>
public sealed partial class KnowledgeOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Data";

    private const string Advice = "Data:Path must name the folder that holds " + KnowledgeBaseLoader.SourcesFile + " (the bot's data folder).";

    /// <summary>The folder that holds <c>sources.json</c>; defaults to the <c>data</c> folder shipped next to the binaries.</summary>
    [Required(ErrorMessage = Advice)]
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>
    /// Whether a change under <see cref="Path"/> (a source added, edited or removed, the catalogue or the facts
    /// edited) is loaded while the bot runs, without a restart: in the console chat and in <c>serve</c>. <c>ask</c>
    /// reads the sources once whatever this says.
    /// </summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// How long the folder must stay quiet after a change before it is reloaded, so that a file being copied, or
    /// several files saved together, make one reload.
    /// </summary>
    [RangeWithMessage(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Data:ReloadDelay must be a time from 00:00:00 to 00:01:00 (e.g. 00:00:00.500).")]
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How often the folder is also compared with what was last loaded (names, sizes and times of its files), for
    /// file systems that send no change notifications (network shares, some container volume mounts); zero turns
    /// this off and leaves the notifications alone.
    /// </summary>
    [RangeWithMessage(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Data:PollInterval must be a time from 00:00:00 (off) to 1.00:00:00 (e.g. 00:00:05).")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>What an annotation cannot say: that the folder exists and holds the source catalogue.</summary>
    /// <param name="validationContext">The context (unused).</param>
    /// <returns>The problem, if any, naming the setting.</returns>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Path) && !File.Exists(System.IO.Path.Combine(Path, KnowledgeBaseLoader.SourcesFile)))
        {
            yield return new ValidationResult(Advice, [nameof(Path)]);
        }
    }

    /// <summary>Checks the options at start (source-generated).</summary>
    [OptionsValidator]
    internal sealed partial class Validator : IValidateOptions<KnowledgeOptions>;
}
