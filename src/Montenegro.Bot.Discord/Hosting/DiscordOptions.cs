using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Validation;

namespace Montenegro.Bot.Discord.Hosting;

/// <summary>
/// Settings of the Discord connection, bound from the <c>Discord</c> configuration section.
/// <see cref="ToString"/> never shows the token. Checked at start by the generated <see cref="Validator"/>: data
/// annotations for ranges and formats, <see cref="Validate(ValidationContext)"/> for what they cannot say. Every
/// message names the setting to fix. Which settings are required depends on the transport, so the gateway and the
/// HTTP interactions endpoint each add their own check.
/// </summary>
public sealed partial class DiscordOptions : IValidatableObject
{
    private const string S = SectionName + ":";

    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Discord";

    /// <summary>The default REST base URL.</summary>
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token (a secret; without the <c>Bot </c> prefix).</summary>
    [RegularExpression(@"^\S*$", ErrorMessage = S + "Token must be the bare token, without the 'Bot ' prefix or spaces.")]
    public string Token { get; set; } = "";

    /// <summary>The REST base URL including the version.</summary>
    [Required(ErrorMessage = S + "ApiBaseUrl must be an absolute http(s) URL, e.g. " + DefaultApiBaseUrl + ".")]
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Gateway URL to use instead of asking <c>GET /gateway/bot</c> (tests, proxies).</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>
    /// The application's Ed25519 public key from the developer portal (64 hex characters). Required by the HTTP
    /// interactions endpoint, which checks every request's signature with it. Not a secret.
    /// </summary>
    public string PublicKey { get; set; } = "";

    /// <summary>
    /// The application id. Optional: the gateway learns it from READY, and the HTTP interactions mode asks
    /// <c>GET /applications/@me</c> when a token is configured and this is unset.
    /// </summary>
    [RangeWithMessage(typeof(ulong), "1", "18446744073709551615", ErrorMessage = S + "ApplicationId must be the application id (a positive number) when set.")]
    public ulong? ApplicationId { get; set; }

    /// <summary>When set, commands are registered for this guild only (instant; for development).</summary>
    [RangeWithMessage(typeof(ulong), "1", "18446744073709551615", ErrorMessage = S + "GuildId must be a guild id (a positive number) when set.")]
    public ulong? GuildId { get; set; }

    /// <summary>This process's shard id; set together with <see cref="ShardCount"/>.</summary>
    [RangeWithMessage(0, int.MaxValue, ErrorMessage = S + "ShardId must be >= 0 and < " + S + "ShardCount.")]
    public int? ShardId { get; set; }

    /// <summary>The total number of shards; set together with <see cref="ShardId"/>.</summary>
    [RangeWithMessage(1, int.MaxValue, ErrorMessage = S + "ShardCount must be at least 1.")]
    public int? ShardCount { get; set; }

    /// <summary>
    /// Whether to request the privileged MESSAGE_CONTENT intent (needed to read messages that neither mention the bot
    /// nor are DMs). The host sets it from its free-text setting. It must also be enabled in the developer portal.
    /// </summary>
    public bool MessageContentIntent { get; set; }

    /// <summary>
    /// The setting the operator should turn off when Discord refuses the Message Content intent (close 4014); named in the
    /// log line. The host sets it to its own switch (e.g. <c>FreeText:Enabled</c>).
    /// </summary>
    public string MessageContentIntentSetting { get; set; } = "Discord:MessageContentIntent";

    /// <summary>The project URL sent in the User-Agent header.</summary>
    public string ProjectUrl { get; set; } = "https://example.org/discord-bot";

    /// <summary>The version sent in the User-Agent header.</summary>
    public string Version { get; set; } = typeof(DiscordOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0";

    /// <summary>A command handler still running after this long gets a deferred acknowledgement (type 5) first.</summary>
    [RangeWithMessage(typeof(TimeSpan), "00:00:00", "00:00:02.5",
        ErrorMessage = S + "DeferThreshold must be between 0 and 2.5 seconds (Discord allows 3 s for the first answer).")]
    public TimeSpan DeferThreshold { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Deadline for a command handler (the interaction token lives 15 minutes).</summary>
    [RangeWithMessage(typeof(TimeSpan), "00:00:00", "00:14:00", MinimumIsExclusive = true,
        ErrorMessage = S + "CommandTimeout must be positive and at most 14 minutes (interaction tokens expire after 15).")]
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Deadline for an autocomplete handler (Discord allows 3 s in total).</summary>
    [RangeWithMessage(typeof(TimeSpan), "00:00:00", "00:00:03", MinimumIsExclusive = true,
        ErrorMessage = S + "AutocompleteTimeout must be positive and at most 3 seconds.")]
    public TimeSpan AutocompleteTimeout { get; set; } = TimeSpan.FromMilliseconds(2500);

    /// <summary>Deadline for a message handler.</summary>
    [RangeWithMessage(typeof(TimeSpan), "00:00:00", "1.00:00:00", MinimumIsExclusive = true,
        ErrorMessage = S + "MessageTimeout must be positive and at most a day.")]
    public TimeSpan MessageTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long shutdown waits for in-flight replies.</summary>
    [RangeWithMessage(typeof(TimeSpan), "00:00:00", "00:05:00",
        ErrorMessage = S + "ShutdownDrainTimeout must be between 0 and 5 minutes.")]
    public TimeSpan ShutdownDrainTimeout { get; set; } = TimeSpan.FromSeconds(7);

    /// <summary>The cap of the exponential reconnect backoff.</summary>
    [RangeWithMessage(typeof(TimeSpan), "00:00:01", "01:00:00",
        ErrorMessage = S + "MaxReconnectDelay must be between 1 second and 1 hour.")]
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many times a rate-limited (429) or failed (5xx) request is retried.</summary>
    [RangeWithMessage(0, 10, ErrorMessage = S + "MaxRequestRetries must be between 0 and 10.")]
    public int MaxRequestRetries { get; set; } = 3;

    /// <summary>Shown (ephemeral) to a user when a handler fails or times out.</summary>
    [Required(ErrorMessage = S + "ErrorMessage must be 1-2000 characters.")]
    [StringLength(2000, ErrorMessage = S + "ErrorMessage must be 1-2000 characters.")]
    public string ErrorMessage { get; set; } =
        "Sorry, something went wrong while answering. Please try again in a moment, or rephrase your request.";

    /// <summary>Whether a token is configured.</summary>
    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    /// <summary>Whether a public key is configured.</summary>
    public bool HasPublicKey => !string.IsNullOrWhiteSpace(PublicKey);

    /// <summary>The checks data annotations cannot say: URL schemes, the public key's form, the shard pair.</summary>
    /// <param name="validationContext">The context (unused).</param>
    /// <returns>One result per problem, each naming its setting.</returns>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(ApiBaseUrl) && !IsAbsoluteUrl(ApiBaseUrl, "http", "https"))
        {
            yield return new ValidationResult(S + "ApiBaseUrl must be an absolute http(s) URL, e.g. " + DefaultApiBaseUrl + ".", [nameof(ApiBaseUrl)]);
        }

        if (!string.IsNullOrWhiteSpace(GatewayUrl) && !IsAbsoluteUrl(GatewayUrl, "ws", "wss"))
        {
            yield return new ValidationResult(S + "GatewayUrl must be an absolute ws:// or wss:// URL when set.", [nameof(GatewayUrl)]);
        }

        if (HasPublicKey && !Http.InteractionSignatureVerifier.IsValidPublicKey(PublicKey))
        {
            yield return new ValidationResult(S + "PublicKey must be the application's public key from the developer portal: 64 hex characters.", [nameof(PublicKey)]);
        }

        if (ShardId.HasValue != ShardCount.HasValue)
        {
            yield return new ValidationResult(S + "ShardId and " + S + "ShardCount must be set together.", [nameof(ShardId), nameof(ShardCount)]);
        }
        else if (ShardId is { } id && ShardCount is { } count && count >= 1 && id >= count)
        {
            yield return new ValidationResult(S + "ShardId must be >= 0 and < " + S + "ShardCount.", [nameof(ShardId), nameof(ShardCount)]);
        }

        if (!IsAbsoluteUrl(ProjectUrl, "http", "https"))
        {
            yield return new ValidationResult(S + "ProjectUrl must be an absolute http(s) URL (it goes into the User-Agent).", [nameof(ProjectUrl)]);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"DiscordOptions {{ Token = {(HasToken ? "***" : "(none)")}, PublicKey = {(HasPublicKey ? "(set)" : "(none)")}, " +
        $"ApplicationId = {ApplicationId}, ApiBaseUrl = {ApiBaseUrl}, GatewayUrl = {GatewayUrl}, GuildId = {GuildId}, " +
        $"Shard = {ShardId}/{ShardCount}, MessageContentIntent = {MessageContentIntent} }}";

    private static bool IsAbsoluteUrl(string? value, params string[] schemes) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme);

    /// <summary>Checks the options at start (source-generated from the annotations above and <see cref="DiscordOptions.Validate(ValidationContext)"/>).</summary>
    [OptionsValidator]
    internal sealed partial class Validator : IValidateOptions<DiscordOptions>;
}
