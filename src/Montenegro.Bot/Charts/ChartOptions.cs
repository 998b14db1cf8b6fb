using System.ComponentModel.DataAnnotations;

namespace Montenegro.Bot.Charts;

/// <summary>Poll charts on answers. Bound from the <c>Charts</c> configuration section.</summary>
public sealed class ChartOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Charts";

    /// <summary>
    /// How long an answer waits for its chart (default 2 s). A chart not ready by then is left off that
    /// answer; its rendering goes on, and the next answer gets it from the cache.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30")]
    public TimeSpan RenderBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A TrueType font file for the charts' text; default: DejaVu Sans from the places <see cref="ChartFont.DefaultLocations"/> lists.</summary>
    public string? FontFile { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(FontFile) && !File.Exists(FontFile))
        {
            yield return new ValidationResult($"Charts:FontFile '{FontFile}' does not exist; name a TrueType font file or leave it unset.", [nameof(FontFile)]);
        }
    }
}
