namespace Montenegro.Bot.Discord.Models;

/// <summary>An interaction (slash command or autocomplete request) as seen by a handler.</summary>
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

    /// <summary>The invoking user's client locale, e.g. <c>en-US</c>, if sent.</summary>
    public string? Locale { get; init; }

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

    /// <inheritdoc />
    public override string ToString() =>
        $"Interaction {Id} type={Type} command={CommandName} guild={GuildId} channel={ChannelId} user={UserId}";

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
