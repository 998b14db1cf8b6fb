using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;
using Moq;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>The dispatcher with another transport's responder, as an HTTP interactions endpoint would use it.</summary>
public sealed class DispatcherTransportTests
{
    [Fact]
    public async Task Initial_response_goes_to_the_given_responder_and_follow_ups_to_rest()
    {
        var bot = new TestBot { OnCommand = (_, _) => Task.FromResult(InteractionReply.Text(new string('a', 2500))) };
        var rest = new Mock<IDiscordRestClient>(MockBehavior.Strict);
        rest.Setup(r => r.CreateFollowupMessageAsync(1, "tok", It.IsAny<OutgoingMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync(1UL);
        var callbacks = new List<InteractionCallback>();
        var responder = new Mock<IInteractionResponder>(MockBehavior.Strict);
        responder.Setup(r => r.SendInitialResponseAsync(It.IsAny<DiscordInteraction>(), Capture.In(callbacks), It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);
        using var metrics = new DiscordMetrics();
        var dispatcher = new InteractionDispatcher(bot, rest.Object, Options.Create(new DiscordOptions()), new FakeTimeProvider(), metrics, NullLogger<InteractionDispatcher>.Instance);
        var interaction = new DiscordInteraction { Id = 7, ApplicationId = 1, Type = InteractionType.ApplicationCommand, Token = "tok", CommandName = "echo" };

        await dispatcher.DispatchAsync(interaction, responder.Object, CancellationToken.None);
        await dispatcher.DispatchAsync(interaction, responder.Object, CancellationToken.None);

        var callback = Assert.Single(callbacks);
        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, callback.Type);
        Assert.Equal(2000, callback.Message!.Content!.Length);
        rest.Verify(r => r.CreateFollowupMessageAsync(1, "tok", It.Is<OutgoingMessage>(m => m.Content!.Length == 500), It.IsAny<CancellationToken>()), Times.Once);
        rest.VerifyNoOtherCalls();
    }
}
