using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>The dispatcher with another transport's responder, as an HTTP interactions endpoint would use it.</summary>
public sealed class DispatcherTransportTests
{
    [Fact]
    public async Task Initial_response_goes_to_the_given_responder_and_follow_ups_to_rest()
    {
        var bot = new TestBot { OnCommand = (_, _) => Task.FromResult(InteractionReply.Text(new string('a', 2500))) };
        var rest = new RecordingRestClient();
        var responder = new CapturingResponder();
        using var metrics = new DiscordMetrics();
        var dispatcher = new InteractionDispatcher(bot, rest, Options.Create(new DiscordOptions()), new FakeTimeProvider(), metrics, NullLogger<InteractionDispatcher>.Instance);
        var interaction = new DiscordInteraction { Id = 7, ApplicationId = 1, Type = InteractionType.ApplicationCommand, Token = "tok", CommandName = "echo" };

        await dispatcher.DispatchAsync(interaction, responder, CancellationToken.None);
        await dispatcher.DispatchAsync(interaction, responder, CancellationToken.None);

        var callback = Assert.Single(responder.Callbacks);
        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, callback.Type);
        Assert.Equal(2000, callback.Message!.Content!.Length);
        Assert.Equal(["followup tok"], rest.Calls);
    }

    private sealed class CapturingResponder : IInteractionResponder
    {
        public ConcurrentQueue<InteractionCallback> Callbacks { get; } = new();

        public Task SendInitialResponseAsync(DiscordInteraction interaction, InteractionCallback callback, CancellationToken ct)
        {
            Callbacks.Enqueue(callback);
            return Task.CompletedTask;
        }
    }

    private sealed class RecordingRestClient : IDiscordRestClient
    {
        public ConcurrentQueue<string> Calls { get; } = new();

        public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct) => throw new NotSupportedException();

        public Task<ulong> GetCurrentApplicationIdAsync(CancellationToken ct) => throw new NotSupportedException();

        public Task BulkOverwriteCommandsAsync(ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct) => Record("commands");

        public Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionCallback callback, CancellationToken ct) => Record("callback " + interactionToken);

        public Task EditOriginalResponseAsync(ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken ct) => Record("edit " + interactionToken);

        public Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct) => Record("delete " + interactionToken);

        public async Task<ulong> CreateFollowupMessageAsync(ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken ct)
        {
            await Record("followup " + interactionToken);
            return 1;
        }

        public Task EditFollowupMessageAsync(ulong applicationId, string interactionToken, ulong messageId, OutgoingMessage message, CancellationToken ct) => Record("edit followup " + interactionToken);

        public Task DeleteFollowupMessageAsync(ulong applicationId, string interactionToken, ulong messageId, CancellationToken ct) => Record("delete followup " + interactionToken);

        public Task EditMessageAsync(ulong channelId, ulong messageId, OutgoingMessage message, CancellationToken ct) => Record("edit message");

        public Task<DiscordMessage> GetMessageAsync(ulong channelId, ulong messageId, CancellationToken ct) => throw new NotSupportedException();

        public Task<DiscordChannel> GetChannelAsync(ulong channelId, CancellationToken ct) => throw new NotSupportedException();

        public Task AddReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct) => Record("react " + emoji);

        public Task RemoveOwnReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct) => Record("unreact " + emoji);

        public Task<ulong> CreateMessageAsync(ulong channelId, OutgoingMessage message, CancellationToken ct)
        {
            Calls.Enqueue("message");
            return Task.FromResult(1UL);
        }

        private Task Record(string call)
        {
            Calls.Enqueue(call);
            return Task.CompletedTask;
        }
    }
}
