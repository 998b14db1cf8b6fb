using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.LoadTest;

/// <summary>A minimal bot: echoes commands with an embed, answers mentions.</summary>
internal sealed class LoadBot : IInteractionHandler, IMessageHandler, IApplicationCommandSource
{
    public async Task<InteractionReply> HandleCommandAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        await Task.Yield();
        return new InteractionReply
        {
            Content = "echo: " + interaction.GetOption("text")?.Value,
            Embeds = [new Embed { Title = "Echo", Description = interaction.GetOption("text")?.Value, Fields = [new EmbedField("User", interaction.UserName, true)] }],
        };
    }

    public Task<IReadOnlyList<AutocompleteChoice>> HandleAutocompleteAsync(DiscordInteraction interaction, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AutocompleteChoice>>([]);

    public Task<MessageReply?> HandleMessageAsync(DiscordMessage message, BotIdentity self, CancellationToken ct) =>
        Task.FromResult(message.Mentions(self.UserId) ? MessageReply.Text("pong: " + message.Content) : null);

    public IReadOnlyList<ApplicationCommand> GetCommands() =>
    [
        new ApplicationCommand
        {
            Name = "echo",
            Description = "Repeats the text",
            Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "text", Description = "What to repeat", Required = true }],
        },
    ];
}
