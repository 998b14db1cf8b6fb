using Microsoft.Extensions.Options;

namespace Montenegro.Bot.Discord.Hosting;

/// <summary>What the gateway needs on top of the common checks: a token (it identifies with it).</summary>
internal sealed class GatewayOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options) =>
        options.HasToken
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{DiscordOptions.SectionName}:Token is required (the bot token from the developer portal).");
}
