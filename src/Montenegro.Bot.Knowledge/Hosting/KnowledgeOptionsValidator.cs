using Microsoft.Extensions.Options;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>Checks at start that <c>Data:Path</c> names a folder with a source catalogue.</summary>
public sealed class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Fail("Data:Path must name the folder that holds sources.json.");
        }

        if (!File.Exists(System.IO.Path.Combine(options.Path, KnowledgeBaseLoader.SourcesFile)))
        {
            return ValidateOptionsResult.Fail($"Data:Path '{options.Path}' has no {KnowledgeBaseLoader.SourcesFile}; point it at the bot's data folder.");
        }

        return ValidateOptionsResult.Success;
    }
}
