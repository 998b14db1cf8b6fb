using System.Collections.Concurrent;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>A small scriptable bot: echoes commands, suggests choices, answers mentions with "pong".</summary>
internal sealed class TestBot : IInteractionHandler, IMessageHandler, IApplicationCommandSource
{
    public ConcurrentQueue<DiscordInteraction> Commands { get; } = new();

    public ConcurrentQueue<DiscordMessage> Messages { get; } = new();

    /// <summary>Pulsed when a handler is called (after the call is recorded in <see cref="Commands"/> or <see cref="Messages"/>).</summary>
    public ChangeSignal Changes { get; } = new();

    public Func<DiscordInteraction, CancellationToken, Task<InteractionReply>> OnCommand { get; set; } =
        (i, _) => Task.FromResult(InteractionReply.Text($"echo: {i.GetOption("text")?.Value}"));

    public Func<DiscordInteraction, CancellationToken, Task<IReadOnlyList<AutocompleteChoice>>> OnAutocomplete { get; set; } =
        (i, _) => Task.FromResult<IReadOnlyList<AutocompleteChoice>>(
            Enumerable.Range(1, 40).Select(n => new AutocompleteChoice($"{i.FocusedOption?.Value} {n}", $"v{n}")).ToList());

    public Func<DiscordMessage, BotIdentity, CancellationToken, Task<MessageReply?>> OnMessage { get; set; } =
        (m, self, _) => Task.FromResult(m.Mentions(self.UserId) || m.IsDirectMessage ? MessageReply.Text("pong") : null);

    public IReadOnlyList<ApplicationCommand> CommandSet { get; set; } =
    [
        new ApplicationCommand
        {
            Name = "echo",
            Description = "Repeats the text",
            Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "text", Description = "What to repeat", Required = true }],
        },
        new ApplicationCommand
        {
            Name = "city",
            Description = "Finds a city",
            Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "name", Description = "City name", Required = true, Autocomplete = true }],
        },
    ];

    public Task<InteractionReply> HandleCommandAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        Commands.Enqueue(interaction);
        Changes.Pulse();
        return OnCommand(interaction, ct);
    }

    public Task<IReadOnlyList<AutocompleteChoice>> HandleAutocompleteAsync(DiscordInteraction interaction, CancellationToken ct) =>
        OnAutocomplete(interaction, ct);

    public Task<MessageReply?> HandleMessageAsync(DiscordMessage message, BotIdentity self, CancellationToken ct)
    {
        Messages.Enqueue(message);
        Changes.Pulse();
        return OnMessage(message, self, ct);
    }

    public IReadOnlyList<ApplicationCommand> GetCommands() => CommandSet;
}
