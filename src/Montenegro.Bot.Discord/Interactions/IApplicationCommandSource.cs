namespace Montenegro.Bot.Discord.Interactions;

/// <summary>Supplies the full command set; it replaces whatever is registered (bulk overwrite) at start.</summary>
public interface IApplicationCommandSource
{
    /// <summary>Returns every command the bot offers.</summary>
    /// <returns>The commands; validated with <see cref="ApplicationCommandValidator"/> before registration.</returns>
    IReadOnlyList<ApplicationCommand> GetCommands();
}
