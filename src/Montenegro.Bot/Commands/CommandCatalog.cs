using System.Reflection;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Commands;

/// <summary>
/// Every command of the bot, found in one place: the <see cref="CommandModuleAttribute"/> classes of an assembly
/// (<see cref="Discover"/>), or the <see cref="BotCommand"/>s registered with <c>AddBotCommands()</c>. Slash-command
/// registration, the interaction handler, the router and the console parser all read this list.
/// </summary>
public sealed class CommandCatalog
{
    private static readonly Lazy<CommandCatalog> BuiltInCatalog = new(() => new CommandCatalog(Discover(typeof(CommandCatalog).Assembly)));

    private static readonly IReadOnlyList<ApplicationIntegrationType> AnyInstall = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];

    private static readonly IReadOnlyList<InteractionContextType> AnyContext =
        [InteractionContextType.Guild, InteractionContextType.BotDirectMessage, InteractionContextType.PrivateChannel];

    private readonly Dictionary<string, BotCommand> _byName;

    /// <summary>Creates the catalog, in <see cref="CommandModuleAttribute.Order"/> order (unattributed commands last).</summary>
    /// <exception cref="InvalidOperationException">Two commands share a name.</exception>
    public CommandCatalog(IEnumerable<BotCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        Commands = commands
            .Select((command, index) => (command, index))
            .OrderBy(c => c.command.GetType().GetCustomAttribute<CommandModuleAttribute>()?.Order ?? int.MaxValue)
            .ThenBy(c => c.index)
            .Select(c => c.command)
            .ToList();
        _byName = new Dictionary<string, BotCommand>(StringComparer.OrdinalIgnoreCase);
        foreach (var command in Commands)
        {
            if (!_byName.TryAdd(command.Name, command))
            {
                throw new InvalidOperationException($"Two commands are named '{command.Name}': {_byName[command.Name].GetType().Name} and {command.GetType().Name}.");
            }
        }

        Registrations = Commands.Select(Register).ToList();
    }

    /// <summary>The bot's own commands, discovered once from this assembly.</summary>
    public static CommandCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>The commands, in list order.</summary>
    public IReadOnlyList<BotCommand> Commands { get; }

    /// <summary>The commands as registered with Discord, each slash command with its <c>private</c> option.</summary>
    public IReadOnlyList<ApplicationCommand> Registrations { get; }

    /// <summary>The slash commands (those the console chat can type too).</summary>
    public IEnumerable<BotCommand> SlashCommands => Commands.Where(c => c.Kind == ApplicationCommandType.ChatInput);

    /// <summary>Creates one of each <see cref="CommandModuleAttribute"/> class of <paramref name="assemblies"/> (each needs a public parameterless constructor).</summary>
    public static IReadOnlyList<BotCommand> Discover(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        return ModuleTypes(assemblies).Select(t => (BotCommand)Activator.CreateInstance(t)!).ToList();
    }

    /// <summary>The <see cref="CommandModuleAttribute"/> classes of <paramref name="assemblies"/>.</summary>
    public static IReadOnlyList<Type> ModuleTypes(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        return assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(BotCommand).IsAssignableFrom(t) && t.GetCustomAttribute<CommandModuleAttribute>() is not null)
            .ToList();
    }

    /// <summary>The command called <paramref name="name"/> (any case), or null.</summary>
    public BotCommand? Find(string? name) => name is not null && _byName.TryGetValue(name, out var command) ? command : null;

    // Every command may be used wherever the app is: installed to a server or by a user, in servers and in DMs.
    private static ApplicationCommand Register(BotCommand command)
    {
        var slash = command.Kind == ApplicationCommandType.ChatInput;
        return new ApplicationCommand
        {
            Name = command.Name,
            Type = command.Kind,
            NameLocalizations = command.MontenegrinName is { } local ? CommandOptions.Montenegrin(local) : null,
            Description = slash ? command.Summary.English : string.Empty,
            DescriptionLocalizations = slash ? CommandOptions.Montenegrin(command.Summary.Montenegrin) : null,
            Options = slash ? [.. command.Options, CommandOptions.Private] : [],
            IntegrationTypes = AnyInstall,
            Contexts = AnyContext,
        };
    }
}
