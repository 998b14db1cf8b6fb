using System.Text;
using Montenegro.Bot.Discord.Http;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;
using Moq;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>How the initial response of an HTTP-delivered interaction reaches Discord: as the response body, or over REST.</summary>
public sealed class HttpInteractionResponderTests
{
    private static readonly DiscordInteraction Interaction =
        new() { Id = 7, ApplicationId = 1, Type = InteractionType.ApplicationCommand, Token = "tok", CommandName = "echo" };

    [Fact]
    public async Task An_answer_is_handed_to_the_request_and_returns_only_once_the_body_is_out()
    {
        var rest = new Mock<IDiscordRestClient>(MockBehavior.Strict);
        var responder = new HttpInteractionResponder(rest.Object);

        var sending = responder.SendInitialResponseAsync(Interaction, InteractionCallback.Reply(new OutgoingMessage { Content = "hello" }), CancellationToken.None);
        var body = await responder.Response;

        // Nothing but MarkDelivered completes it, so an edit that follows cannot overtake the body.
        Assert.False(sending.IsCompleted);
        responder.MarkDelivered();
        await sending;
        Assert.Equal(4, body!["type"]!.GetValue<int>());
        Assert.Equal("hello", body["data"]!["content"]!.GetValue<string>());
        rest.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_body_that_could_not_be_written_fails_the_send()
    {
        var responder = new HttpInteractionResponder(Mock.Of<IDiscordRestClient>(MockBehavior.Strict));

        var sending = responder.SendInitialResponseAsync(Interaction, InteractionCallback.Defer(), CancellationToken.None);
        await responder.Response;
        responder.MarkFailed(new IOException("connection reset"));

        await Assert.ThrowsAsync<IOException>(() => sending);
    }

    [Fact]
    public async Task An_answer_with_files_goes_out_over_rest_and_leaves_the_request_without_a_body()
    {
        var rest = new Mock<IDiscordRestClient>(MockBehavior.Strict);
        rest.Setup(r => r.CreateInteractionResponseAsync(7, "tok", It.IsAny<InteractionCallback>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var responder = new HttpInteractionResponder(rest.Object);
        var message = new OutgoingMessage { Content = "see file", Attachments = [new FileAttachment("a.txt", Encoding.UTF8.GetBytes("x"))] };

        await responder.SendInitialResponseAsync(Interaction, InteractionCallback.Reply(message), CancellationToken.None);

        Assert.Null(await responder.Response);
        rest.Verify(r => r.CreateInteractionResponseAsync(7, "tok", It.Is<InteractionCallback>(c => c.Message == message), It.IsAny<CancellationToken>()), Times.Once);
        rest.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_second_initial_response_is_refused()
    {
        var responder = new HttpInteractionResponder(Mock.Of<IDiscordRestClient>(MockBehavior.Strict));
        _ = responder.SendInitialResponseAsync(Interaction, InteractionCallback.Defer(), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => responder.SendInitialResponseAsync(Interaction, InteractionCallback.Pong(), CancellationToken.None));
    }
}
