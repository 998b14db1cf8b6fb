using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>A command definition to register with Discord.</summary>
public sealed record ApplicationCommand
{
    /// <summary>
    /// Slash commands: lower-case name, 1–32 characters (letters, digits, '-' and '_'). User and message commands:
    /// 1–32 characters, spaces and capitals allowed (e.g. "Ask about this message").
    /// </summary>
    public required string Name { get; init; }

    /// <summary>Names in other languages, keyed by Discord locale (e.g. <c>hr</c>); same rules as <see cref="Name"/>.</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    /// <summary>Description, 1–100 characters; empty for user and message commands (Discord refuses one there).</summary>
    public string Description { get; init; } = "";

    /// <summary>Descriptions in other languages, keyed by Discord locale (e.g. <c>hr</c>); 1–100 characters each.</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    /// <summary>The command kind; slash commands by default.</summary>
    public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;

    /// <summary>Options (at most 25, required before optional).</summary>
    public IReadOnlyList<ApplicationCommandOption> Options { get; init; } = [];

    /// <summary>Permission bitfield needed by default, as a decimal string; null for everyone.</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>
    /// How the app must be installed for the command to appear (server and/or user install); null for the app's
    /// default. With <see cref="ApplicationIntegrationType.UserInstall"/> people can install the app for themselves.
    /// Applies to global commands.
    /// </summary>
    public IReadOnlyList<ApplicationIntegrationType>? IntegrationTypes { get; init; }

    /// <summary>Where the command is offered (server, DM with the bot, other private channels); null for Discord's default. Applies to global commands.</summary>
    public IReadOnlyList<InteractionContextType>? Contexts { get; init; }

    /// <summary>Age-restricted command.</summary>
    public bool Nsfw { get; init; }
}
