using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;
using Montenegro.Bot.Knowledge.Hosting;
using Moq;

namespace Montenegro.Bot.Tests.Commands;

/// <summary>
/// A slow command behind the Discord layer's real dispatcher, with Discord mocked: the deferral already carries the
/// user's choice of privacy, because Discord fixes it there.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class PrivateDeferralTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task A_deferred_answer_is_private_exactly_when_asked(string privately, bool ephemeral)
    {
        var time = new FakeTimeProvider();
        var options = new DiscordOptions();
        var deferred = new TaskCompletionSource<InteractionCallback>(TaskCreationOptions.RunContinuationsAsynchronously);
        var responder = new Mock<IInteractionResponder>();
        responder.Setup(r => r.SendInitialResponseAsync(It.IsAny<DiscordInteraction>(), It.IsAny<InteractionCallback>(), It.IsAny<CancellationToken>()))
            .Callback<DiscordInteraction, InteractionCallback, CancellationToken>((_, callback, _) => deferred.TrySetResult(callback))
            .Returns(Task.CompletedTask);
        var edited = new TaskCompletionSource<OutgoingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var rest = new Mock<IDiscordRestClient>();
        rest.Setup(r => r.EditOriginalResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<OutgoingMessage>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, OutgoingMessage, CancellationToken>((_, _, message, _) => edited.TrySetResult(message))
            .Returns(Task.CompletedTask);

        // The knowledge base is still loading, so the command waits past the deferral threshold.
        var loading = new KnowledgeState();
        var handler = new BotInteractionHandler(loading, CommandCatalog.BuiltIn, new AnswerReplies(), Options.Create(new AnswerVisibilityOptions()));
        var dispatcher = new InteractionDispatcher(handler, rest.Object, Options.Create(options), time, new DiscordMetrics(), NullLogger<InteractionDispatcher>.Instance);
        var interaction = InteractionCalls.Slash("recognition", null, ("country", "Russia"), ("private", privately));

        var dispatching = dispatcher.DispatchAsync(interaction, responder.Object, CancellationToken.None);
        time.Advance(options.DeferThreshold);
        var deferral = await deferred.Task.WaitAsync(TimeSpan.FromSeconds(30));
        loading.SetReady(fixture.Engine);
        var answer = await edited.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await dispatching.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, deferral.Type);
        Assert.Equal(ephemeral, deferral.Ephemeral);
        Assert.Contains("11 June 2006", Assert.Single(answer.Embeds).Description, StringComparison.Ordinal);
    }
}
