namespace Montenegro.Bot.Discord.Models;

/// <summary>
/// One option of an invoked command. Subcommands and subcommand groups carry their own
/// <see cref="Options"/>; value options carry <see cref="Value"/>.
/// </summary>
public sealed class InteractionOption
{
    /// <summary>The option name as registered.</summary>
    public required string Name { get; init; }

    /// <summary>The Discord option type.</summary>
    public ApplicationCommandOptionType Type { get; init; }

    /// <summary>
    /// The value as text: strings as sent, numbers in invariant culture, booleans as <c>true</c>/<c>false</c>,
    /// snowflakes as decimal ids. Null for subcommands and groups.
    /// </summary>
    public string? Value { get; init; }

    /// <summary>True for the option the user is typing into (autocomplete only).</summary>
    public bool Focused { get; init; }

    /// <summary>Nested options of a subcommand or subcommand group; empty otherwise.</summary>
    public IReadOnlyList<InteractionOption> Options { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => Value is null ? Name : $"{Name}={Value}";
}
