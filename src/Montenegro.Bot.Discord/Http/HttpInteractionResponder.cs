using System.Text.Json.Nodes;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Http;

/// <summary>
/// Hands the initial response of one HTTP-delivered interaction to the waiting request, which writes it as the response
/// body. <see cref="SendInitialResponseAsync"/> returns only once the body is out, so an edit of <c>@original</c> that
/// follows a deferral can never overtake it.
/// </summary>
internal sealed class HttpInteractionResponder(IDiscordRestClient rest) : IInteractionResponder
{
    private readonly TaskCompletionSource<JsonObject?> _response = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _delivered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The body to write; null when the response already went out over REST and the request gets 202.</summary>
    public Task<JsonObject?> Response => _response.Task;

    public async Task SendInitialResponseAsync(DiscordInteraction interaction, InteractionCallback callback, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(callback);
        if (callback.Message is { Attachments.Count: > 0 })
        {
            // Files need a multipart body, which an HTTP response to Discord cannot be: send the callback over REST
            // and let the request end with 202, as Discord allows.
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, callback, ct).ConfigureAwait(false);
            _response.TrySetResult(null);
            return;
        }

        if (!_response.TrySetResult(DiscordPayloads.Callback(callback)))
        {
            throw new InvalidOperationException("The interaction already has an initial response.");
        }

        await _delivered.Task.WaitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The body was written and flushed.</summary>
    public void MarkDelivered() => _delivered.TrySetResult();

    /// <summary>The body could not be written (or the request ended first); the dispatcher logs it.</summary>
    public void MarkFailed(Exception error) => _delivered.TrySetException(error);
}
