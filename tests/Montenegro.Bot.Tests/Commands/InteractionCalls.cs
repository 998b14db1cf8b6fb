using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Tests.Commands;

/// <summary>Interactions as the Discord layer hands them to the bot's handler.</summary>
internal static class InteractionCalls
{
    public static DiscordInteraction Slash(string command, string? locale = null, params (string Name, string Value)[] options) => new()
    {
        Id = 1,
        ApplicationId = 2,
        Type = InteractionType.ApplicationCommand,
        Token = "token",
        CommandName = command,
        CommandType = ApplicationCommandType.ChatInput,
        Locale = locale ?? "en-US",
        Options = options.Select(o => new InteractionOption
        {
            Name = o.Name,
            Value = o.Value,
            Type = o.Name == "private" ? ApplicationCommandOptionType.Boolean : ApplicationCommandOptionType.String,
        }).ToList(),
    };

    public static DiscordInteraction OnMessage(string content, string? locale = null) => new()
    {
        Id = 3,
        ApplicationId = 2,
        Type = InteractionType.ApplicationCommand,
        Token = "token",
        CommandName = "Ask about this message",
        CommandType = ApplicationCommandType.Message,
        Locale = locale ?? "en-US",
        TargetId = 42,
        ResolvedMessages = new Dictionary<ulong, DiscordMessage> { [42] = new() { Id = 42, ChannelId = 7, Content = content } },
    };
}
