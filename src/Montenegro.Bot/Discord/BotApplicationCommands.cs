using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord.Interactions;

namespace Montenegro.Bot.Discord;

/// <summary>The commands the bot registers with Discord: every module of the <see cref="CommandCatalog"/>.</summary>
/// <param name="commands">The commands; the built-in ones when null.</param>
public sealed class BotApplicationCommands(CommandCatalog? commands = null) : IApplicationCommandSource
{
    /// <inheritdoc />
    public IReadOnlyList<ApplicationCommand> GetCommands() => (commands ?? CommandCatalog.BuiltIn).Registrations;
}
