namespace Montenegro.Bot.Discord.Models;

/// <summary>
/// An interaction as seen by a handler: a slash or context-menu command, an autocomplete request, a component use
/// (button click, select), or a modal submission.
/// </summary>
public sealed class DiscordInteraction
{
    /// <summary>The interaction id (unique per delivery; duplicates share it).</summary>
    public required ulong Id { get; init; }

    /// <summary>The id of the application the interaction is for.</summary>
    public required ulong ApplicationId { get; init; }

    /// <summary>What kind of interaction this is.</summary>
    public required InteractionType Type { get; init; }

    /// <summary>
    /// The continuation token used to answer; valid for 15 minutes. Not printed by <see cref="ToString"/>.
    /// </summary>
    public required string Token { get; init; }

    /// <summary>The invoked command's name (empty for types that have none).</summary>
    public string CommandName { get; init; } = "";

    /// <summary>The invoked command's kind (slash, user or message command); null for components and modals.</summary>
    public Interactions.ApplicationCommandType? CommandType { get; init; }

    /// <summary>For user and message commands, the id of the user or message the command was used on.</summary>
    public ulong? TargetId { get; init; }

    /// <summary>Messages resolved by Discord (for message commands, the target message), by id.</summary>
    public IReadOnlyDictionary<ulong, DiscordMessage> ResolvedMessages { get; init; } = new Dictionary<ulong, DiscordMessage>();

    /// <summary>For a message command, the message it was used on (content and embeds included).</summary>
    public DiscordMessage? TargetMessage => TargetId is { } id && ResolvedMessages.TryGetValue(id, out var message) ? message : null;

    /// <summary>
    /// The custom id of the component used (component interactions) or of the modal submitted (modal submits);
    /// empty otherwise.
    /// </summary>
    public string CustomId { get; init; } = "";

    /// <summary>The type of the component used (component interactions only).</summary>
    public ComponentType? ComponentType { get; init; }

    /// <summary>The values chosen in a select menu (component interactions); empty for buttons.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>The fields of a submitted modal, in order.</summary>
    public IReadOnlyList<ModalField> ModalFields { get; init; } = [];

    /// <summary>
    /// The message a component was used on (and for a modal opened from a component, that message), with its content,
    /// embeds, flags and components; null otherwise.
    /// </summary>
    public DiscordMessage? Message { get; init; }

    /// <summary>The top-level options; subcommands nest their own options.</summary>
    public IReadOnlyList<InteractionOption> Options { get; init; } = [];

    /// <summary>The guild the command was used in, or null in a DM.</summary>
    public ulong? GuildId { get; init; }

    /// <summary>The channel the command was used in.</summary>
    public ulong? ChannelId { get; init; }

    /// <summary>The invoking user's id.</summary>
    public ulong UserId { get; init; }

    /// <summary>The invoking user's display name (global name, else user name).</summary>
    public string UserName { get; init; } = "";

    /// <summary>The invoking user's client language, e.g. <c>en-US</c> or <c>hr</c> (all types but PING).</summary>
    public string? Locale { get; init; }

    /// <summary>The server's preferred language, when invoked in a server.</summary>
    public string? GuildLocale { get; init; }

    /// <summary>Where the interaction happened (server, DM with the bot, other private channel), if sent.</summary>
    public InteractionContextType? Context { get; init; }

    /// <summary>The permissions the app has where the interaction happened (a bit field), if sent.</summary>
    public ulong? AppPermissions { get; init; }

    /// <summary>The option the user is typing into (autocomplete), searched through subcommands.</summary>
    public InteractionOption? FocusedOption => Find(Options, static o => o.Focused);

    /// <summary>
    /// The chain of subcommand group/subcommand names that was invoked (empty for a plain command),
    /// e.g. <c>["config", "set"]</c>.
    /// </summary>
    public IReadOnlyList<string> SubcommandPath
    {
        get
        {
            var path = new List<string>();
            var level = Options;
            while (level.Count == 1 && level[0].Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup)
            {
                path.Add(level[0].Name);
                level = level[0].Options;
            }

            return path;
        }
    }

    /// <summary>Finds a value option by name at any depth (inside subcommands too).</summary>
    /// <param name="name">The option name.</param>
    /// <returns>The option, or null when the user did not supply it.</returns>
    public InteractionOption? GetOption(string name) =>
        Find(Options, o => o.Value is not null && string.Equals(o.Name, name, StringComparison.Ordinal));

    /// <summary>The value of a submitted modal field by custom id.</summary>
    /// <param name="customId">The text input's custom id.</param>
    /// <returns>The typed text, or null when the modal had no such field.</returns>
    public string? GetModalValue(string customId) =>
        ModalFields.FirstOrDefault(f => string.Equals(f.CustomId, customId, StringComparison.Ordinal))?.Value;

    /// <inheritdoc />
    public override string ToString() =>
        $"Interaction {Id} type={Type} command={CommandName} custom_id={CustomId} guild={GuildId} channel={ChannelId} user={UserId}";

    private static InteractionOption? Find(IReadOnlyList<InteractionOption> options, Func<InteractionOption, bool> predicate)
    {
        foreach (var option in options)
        {
            if (predicate(option))
            {
                return option;
            }

            var nested = Find(option.Options, predicate);
            if (nested is not null)
            {
                return nested;
            }
        }

        return null;
    }
}
