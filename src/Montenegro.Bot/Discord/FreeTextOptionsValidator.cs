using Microsoft.Extensions.Options;

namespace Montenegro.Bot.Discord;

/// <summary>Rejects free-text settings that make no sense, naming the setting.</summary>
public sealed class FreeTextOptionsValidator : IValidateOptions<FreeTextOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, FreeTextOptions options)
    {
        if (options.CooldownSeconds is < 0 or > 3600)
        {
            return ValidateOptionsResult.Fail($"FreeText:CooldownSeconds must be between 0 and 3600 (got {options.CooldownSeconds}).");
        }

        if (options.Channels.Any(c => c == 0))
        {
            return ValidateOptionsResult.Fail("FreeText:Channels must hold Discord channel ids (numbers greater than 0).");
        }

        return ValidateOptionsResult.Success;
    }
}
