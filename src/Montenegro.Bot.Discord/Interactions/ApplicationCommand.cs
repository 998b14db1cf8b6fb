namespace Montenegro.Bot.Discord.Interactions;

/// <summary>A command definition to register with Discord.</summary>
public sealed record ApplicationCommand
{
    /// <summary>Lower-case name, 1–32 characters (letters, digits, '-' and '_').</summary>
    public required string Name { get; init; }

    /// <summary>Description, 1–100 characters (empty for user/message commands).</summary>
    public required string Description { get; init; }

    /// <summary>The command kind; slash commands by default.</summary>
    public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;

    /// <summary>Options (at most 25, required before optional).</summary>
    public IReadOnlyList<ApplicationCommandOption> Options { get; init; } = [];

    /// <summary>Permission bitfield needed by default, as a decimal string; null for everyone.</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>Where the command is offered (0 guild, 1 bot DM, 2 private channel); null for Discord's default.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }

    /// <summary>Age-restricted command.</summary>
    public bool Nsfw { get; init; }
}
