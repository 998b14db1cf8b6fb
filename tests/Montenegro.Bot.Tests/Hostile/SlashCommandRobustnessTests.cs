using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Discord;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;
using Moq;

namespace Montenegro.Bot.Tests.Hostile;

/// <summary>
/// The bot's slash-command handler behind the Discord layer's real dispatcher, with Discord itself mocked: hostile
/// option values get an answer embed, never the dispatcher's error message, and nothing beyond the one response.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class SlashCommandRobustnessTests(EngineFixture fixture)
{
    public static TheoryData<string, string, string> HostileOptions => new()
    {
        { "ask", "question", "June ٣ \0 @everyone 😀 title:* OR *:*" },
        { "ask", "question", new string('٣', 300) },
        { "recognition", "country", "99999999999999999999 \u202eaissuR" },
        { "relations", "country", "<@!1> ١٢" },
        { "poll", "year", "١٢٣٤" },
        { "poll", "year", "99999999999999999999" },
        { "nato", "milestone", "\ud800 [1 TO *]" },
        { "search", "query", "\"unterminated ~ ^ \\\\" },
        { "no-such-command", "x", "y" },
    };

    [Theory]
    [MemberData(nameof(HostileOptions))]
    public async Task Hostile_option_values_get_an_answer_not_an_error(string command, string option, string value)
    {
        var responder = new Mock<IInteractionResponder>();
        InteractionCallback? sent = null;
        responder.Setup(r => r.SendInitialResponseAsync(It.IsAny<DiscordInteraction>(), It.IsAny<InteractionCallback>(), It.IsAny<CancellationToken>()))
            .Callback<DiscordInteraction, InteractionCallback, CancellationToken>((_, callback, _) => sent = callback)
            .Returns(Task.CompletedTask);
        var rest = new Mock<IDiscordRestClient>(MockBehavior.Strict);
        var options = new DiscordOptions();
        var dispatcher = new InteractionDispatcher(
            new BotInteractionHandler(fixture.State),
            rest.Object,
            Options.Create(options),
            new FakeTimeProvider(),
            new DiscordMetrics(),
            NullLogger<InteractionDispatcher>.Instance);
        var interaction = new DiscordInteraction
        {
            Id = 1,
            ApplicationId = 2,
            Type = InteractionType.ApplicationCommand,
            Token = "token",
            CommandName = command,
            Options = [new InteractionOption { Name = option, Value = value }],
        };

        await dispatcher.DispatchAsync(interaction, responder.Object, CancellationToken.None);

        responder.Verify(r => r.SendInitialResponseAsync(interaction, It.IsAny<InteractionCallback>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.NotNull(sent?.Message);
        Assert.NotEqual(options.ErrorMessage, sent.Message.Content);
        var embed = Assert.Single(sent.Message.Embeds);
        Assert.False(string.IsNullOrWhiteSpace(embed.Description));
        rest.VerifyNoOtherCalls();
    }
}
