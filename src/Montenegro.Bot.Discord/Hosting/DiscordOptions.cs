using System.Reflection;

namespace Montenegro.Bot.Discord.Hosting;

/// <summary>
/// Settings of the Discord connection, bound from the <c>Discord</c> configuration section.
/// <see cref="ToString"/> never shows the token.
/// </summary>
public sealed class DiscordOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Discord";

    /// <summary>The default REST base URL.</summary>
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token (a secret; without the <c>Bot </c> prefix).</summary>
    public string Token { get; set; } = "";

    /// <summary>The REST base URL including the version.</summary>
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
    public ulong? ApplicationId { get; set; }

    /// <summary>When set, commands are registered for this guild only (instant; for development).</summary>
    public ulong? GuildId { get; set; }

    /// <summary>This process's shard id; set together with <see cref="ShardCount"/>.</summary>
    public int? ShardId { get; set; }

    /// <summary>The total number of shards; set together with <see cref="ShardId"/>.</summary>
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
    public TimeSpan DeferThreshold { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Deadline for a command handler (the interaction token lives 15 minutes).</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Deadline for an autocomplete handler (Discord allows 3 s in total).</summary>
    public TimeSpan AutocompleteTimeout { get; set; } = TimeSpan.FromMilliseconds(2500);

    /// <summary>Deadline for a message handler.</summary>
    public TimeSpan MessageTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long shutdown waits for in-flight replies.</summary>
    public TimeSpan ShutdownDrainTimeout { get; set; } = TimeSpan.FromSeconds(7);

    /// <summary>The cap of the exponential reconnect backoff.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many times a rate-limited (429) or failed (5xx) request is retried.</summary>
    public int MaxRequestRetries { get; set; } = 3;

    /// <summary>Shown (ephemeral) to a user when a handler fails or times out.</summary>
    public string ErrorMessage { get; set; } =
        "Sorry, something went wrong while answering. Please try again in a moment, or rephrase your request.";

    /// <summary>Whether a token is configured.</summary>
    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    /// <summary>Whether a public key is configured.</summary>
    public bool HasPublicKey => !string.IsNullOrWhiteSpace(PublicKey);

    /// <inheritdoc />
    public override string ToString() =>
        $"DiscordOptions {{ Token = {(HasToken ? "***" : "(none)")}, PublicKey = {(HasPublicKey ? "(set)" : "(none)")}, " +
        $"ApplicationId = {ApplicationId}, ApiBaseUrl = {ApiBaseUrl}, GatewayUrl = {GatewayUrl}, GuildId = {GuildId}, " +
        $"Shard = {ShardId}/{ShardCount}, MessageContentIntent = {MessageContentIntent} }}";
}
