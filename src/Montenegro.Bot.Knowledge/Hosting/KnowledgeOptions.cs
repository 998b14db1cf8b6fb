using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>Where the sources are. Bound from the <c>Data</c> configuration section and checked at start by <see cref="Validator"/>.</summary>
public sealed partial class KnowledgeOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Data";

    private const string Advice = "Data:Path must name the folder that holds " + KnowledgeBaseLoader.SourcesFile + " (the bot's data folder).";

    /// <summary>The folder that holds <c>sources.json</c>; defaults to the <c>data</c> folder shipped next to the binaries.</summary>
    [Required(ErrorMessage = Advice)]
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "data");

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
