using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Hosting;

namespace Montenegro.Bot.Discord.Http;

/// <summary>
/// What the HTTP interactions endpoint needs on top of the common checks: the public key. The token stays optional
/// (webhook routes for edits and follow-ups need none); the common validator checks its format when it is set.
/// </summary>
internal sealed class HttpInteractionsOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options) =>
        options.HasPublicKey
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{DiscordOptions.SectionName}:PublicKey is required for the HTTP interactions endpoint " +
                "(the application's public key from the developer portal, 64 hex characters).");
}
