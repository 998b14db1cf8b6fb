using Microsoft.Extensions.Options;

namespace Montenegro.Bot.Discord.Hosting;

/// <summary>
/// Validates <see cref="DiscordOptions"/> at start; every message names the setting to fix. Which settings are required
/// depends on the transport: <see cref="GatewayOptionsValidator"/> and <c>HttpInteractionsOptionsValidator</c> add those.
/// </summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    private const string S = DiscordOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var errors = new List<string>();
        if (options.HasToken && (options.Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase) || options.Token.Any(char.IsWhiteSpace)))
        {
            errors.Add($"{S}Token must be the bare token, without the 'Bot ' prefix or spaces.");
        }

        if (options.HasPublicKey && !Http.InteractionSignatureVerifier.IsValidPublicKey(options.PublicKey))
        {
            errors.Add($"{S}PublicKey must be the application's public key from the developer portal: 64 hex characters.");
        }

        if (options.ApplicationId == 0)
        {
            errors.Add($"{S}ApplicationId must be the application id (a positive number) when set.");
        }

        if (!IsHttpUrl(options.ApiBaseUrl))
        {
            errors.Add($"{S}ApiBaseUrl must be an absolute http(s) URL, e.g. {DiscordOptions.DefaultApiBaseUrl}.");
        }

        if (!string.IsNullOrWhiteSpace(options.GatewayUrl)
            && !(Uri.TryCreate(options.GatewayUrl, UriKind.Absolute, out var gateway) && gateway.Scheme is "ws" or "wss"))
        {
            errors.Add($"{S}GatewayUrl must be an absolute ws:// or wss:// URL when set.");
        }

        if (options.ShardId.HasValue != options.ShardCount.HasValue)
        {
            errors.Add($"{S}ShardId and {S}ShardCount must be set together.");
        }
        else if (options.ShardId is { } id && options.ShardCount is { } count)
        {
            if (count < 1)
            {
                errors.Add($"{S}ShardCount must be at least 1.");
            }
            else if (id < 0 || id >= count)
            {
                errors.Add($"{S}ShardId must be >= 0 and < {S}ShardCount.");
            }
        }

        if (options.GuildId == 0)
        {
            errors.Add($"{S}GuildId must be a guild id (a positive number) when set.");
        }

        if (options.DeferThreshold < TimeSpan.Zero || options.DeferThreshold > TimeSpan.FromMilliseconds(2500))
        {
            errors.Add($"{S}DeferThreshold must be between 0 and 2.5 seconds (Discord allows 3 s for the first answer).");
        }

        if (options.CommandTimeout <= TimeSpan.Zero || options.CommandTimeout > TimeSpan.FromMinutes(14))
        {
            errors.Add($"{S}CommandTimeout must be positive and at most 14 minutes (interaction tokens expire after 15).");
        }

        if (options.AutocompleteTimeout <= TimeSpan.Zero || options.AutocompleteTimeout > TimeSpan.FromSeconds(3))
        {
            errors.Add($"{S}AutocompleteTimeout must be positive and at most 3 seconds.");
        }

        if (options.MessageTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{S}MessageTimeout must be positive.");
        }

        if (options.MaxRequestRetries is < 0 or > 10)
        {
            errors.Add($"{S}MaxRequestRetries must be between 0 and 10.");
        }

        if (!IsHttpUrl(options.ProjectUrl))
        {
            errors.Add($"{S}ProjectUrl must be an absolute http(s) URL (it goes into the User-Agent).");
        }

        if (string.IsNullOrWhiteSpace(options.ErrorMessage) || options.ErrorMessage.Length > 2000)
        {
            errors.Add($"{S}ErrorMessage must be 1-2000 characters.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
