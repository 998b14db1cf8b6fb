using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Http;

/// <summary>
/// Handles one POST from Discord: size cap, signature, parse, replay check, then PONG or the same
/// <see cref="InteractionDispatcher"/> as the gateway with an <see cref="HttpInteractionResponder"/>. The request waits
/// only for the initial response; edits and follow-ups run on afterwards, tracked for shutdown. Refusals are routine
/// (Discord probes the endpoint with bad signatures; anyone can post junk): each is counted and logged in one line
/// without a stack trace.
/// </summary>
internal sealed class HttpInteractionEndpoint(
    InteractionSignatureVerifier verifier,
    InteractionReplayGuard replays,
    InteractionDispatcher? dispatcher,
    IDiscordRestClient rest,
    InFlightWork work,
    DiscordMetrics metrics,
    ILogger<HttpInteractionEndpoint> logger)
{
    /// <summary>Interaction payloads are a few KB; anything this large is not from Discord.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly byte[] PongBody = """{"type":1}"""u8.ToArray();

    private volatile bool _overCapacityReported;

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge, "too_large");
            return;
        }

        byte[]? body;
        try
        {
            body = await ReadCappedAsync(request.Body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex)
        {
            // A broken chunked encoding or a client that hung up mid-body: its problem, not ours, so no stack trace.
            logger.LogInformation("Refused an interactions request whose body could not be read: {Reason}", ex.Message);
            Refuse(context, StatusCodes.Status400BadRequest, "malformed");
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
            return;
        }

        if (body is null)
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge, "too_large");
            return;
        }

        var timestamp = request.Headers[InteractionSignatureVerifier.TimestampHeader].ToString();
        var check = verifier.Verify(request.Headers[InteractionSignatureVerifier.SignatureHeader].ToString(), timestamp, body);
        if (check != SignatureCheck.Valid)
        {
            // Discord sends bad signatures on purpose to test the endpoint; this is routine, hence Debug.
            logger.LogDebug("Refused an interactions request: {Check}", check);
            Refuse(context, StatusCodes.Status401Unauthorized, "unauthorized");
            return;
        }

        DiscordInteraction interaction;
        try
        {
            using var document = JsonDocument.Parse(body);
            interaction = DiscordModelParser.ParseInteraction(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // Not a defect of ours, so no stack trace: one line saying what was wrong with the body.
            RefuseMalformed(context, Describe(ex));
            return;
        }

        if (interaction.Id == 0)
        {
            RefuseMalformed(context, "it has no interaction id");
            return;
        }

        // Verify returned Valid, so the timestamp is Unix seconds.
        var signedAt = long.Parse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture);
        switch (replays.Check(interaction.Id, signedAt))
        {
            case ReplayCheck.Replayed:
                logger.LogInformation(
                    "Refused interaction {InteractionId}: it was already received within the last {Window} (a repeated delivery or a replay)",
                    interaction.Id,
                    InteractionSignatureVerifier.MaxClockSkew);
                Refuse(context, StatusCodes.Status409Conflict, "replayed");
                return;
            case ReplayCheck.OverCapacity:
                RefuseOverCapacity(context);
                return;
        }

        _overCapacityReported = false;

        if (interaction.Type == InteractionType.Ping)
        {
            metrics.HttpInteractionRequests.Add(1, new KeyValuePair<string, object?>("outcome", "ping"));
            await WriteJsonAsync(context.Response, PongBody, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (dispatcher is null)
        {
            logger.LogWarning("Interaction {InteractionId} arrived but no IInteractionHandler is registered", interaction.Id);
            Refuse(context, StatusCodes.Status503ServiceUnavailable, "unavailable");
            return;
        }

        metrics.HttpInteractionRequests.Add(1, new KeyValuePair<string, object?>("outcome", "dispatched"));
        await DispatchAsync(context, interaction, dispatcher).ConfigureAwait(false);
    }

    private async Task DispatchAsync(HttpContext context, DiscordInteraction interaction, InteractionDispatcher interactions)
    {
        var responder = new HttpInteractionResponder(rest);

        // Not tied to the request: after a deferral the answer is still being produced when the request has ended.
        var dispatched = work.Track(ct => interactions.DispatchAsync(interaction, responder, ct));
        try
        {
            await Task.WhenAny(responder.Response, dispatched).WaitAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            responder.MarkFailed(new IOException("Discord closed the request before the initial response was ready."));
            return;
        }

        if (!responder.Response.IsCompleted)
        {
            // The dispatcher finished without answering: a repeated delivery (answered by the first) or an unsupported type.
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            return;
        }

        var payload = await responder.Response.ConfigureAwait(false);
        if (payload is null)
        {
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            return;
        }

        try
        {
            await WriteJsonAsync(context.Response, JsonSerializer.SerializeToUtf8Bytes(payload), context.RequestAborted).ConfigureAwait(false);
            responder.MarkDelivered();
        }
        catch (Exception ex)
        {
            responder.MarkFailed(ex);
        }
    }

    private static async Task WriteJsonAsync(HttpResponse response, byte[] body, CancellationToken ct)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, ct).ConfigureAwait(false);

        // Flush now: what follows (an edit of @original) must reach Discord after this body, not before.
        await response.CompleteAsync().ConfigureAwait(false);
    }

    private static async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Describe(Exception error) => error switch
    {
        JsonException => "the body is not valid JSON (" + error.Message + ")",
        KeyNotFoundException => "a required field is missing (type)",
        _ => "a field has the wrong type or value (" + error.Message + ")",
    };

    private void RefuseMalformed(HttpContext context, string reason)
    {
        logger.LogInformation("Refused a signed but malformed interactions request: {Reason}", reason);
        Refuse(context, StatusCodes.Status400BadRequest, "malformed");
    }

    private void RefuseOverCapacity(HttpContext context)
    {
        // Once per episode: under a flood, one warning says what is happening and the counter says how much.
        if (!_overCapacityReported)
        {
            _overCapacityReported = true;
            logger.LogWarning(
                "Refusing new interactions with 429: {Count} interaction ids from the last {Window} are remembered, the most allowed; replay protection is not weakened to make room",
                replays.Capacity,
                InteractionSignatureVerifier.MaxClockSkew);
        }

        context.Response.Headers.RetryAfter = ((int)replays.UntilRoom().TotalSeconds).ToString(CultureInfo.InvariantCulture);
        Refuse(context, StatusCodes.Status429TooManyRequests, "over_capacity");
    }

    private void Refuse(HttpContext context, int status, string outcome)
    {
        metrics.HttpInteractionRequests.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        context.Response.StatusCode = status;
    }
}
