using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>
/// Runs <see cref="IInteractionHandler"/> for one interaction and answers it within Discord's 3 seconds.
/// The one place that decides deferral: the handler races <see cref="DiscordOptions.DeferThreshold"/>; if it loses,
/// a deferral goes out first and the answer replaces it later. Handler failures become a short ephemeral message.
/// Repeated deliveries of the same interaction id are answered once. Transport-neutral: the initial response goes
/// through the given <see cref="IInteractionResponder"/>.
/// </summary>
public sealed class InteractionDispatcher
{
    private static readonly KeyValuePair<string, object?> Ok = new("outcome", "ok");
    private static readonly KeyValuePair<string, object?> Deferred = new("outcome", "deferred");
    private static readonly KeyValuePair<string, object?> Failed = new("outcome", "error");
    private static readonly KeyValuePair<string, object?> Autocomplete = new("outcome", "autocomplete");

    private readonly IInteractionHandler handler;
    private readonly IDiscordRestClient rest;
    private readonly DiscordOptions options;
    private readonly TimeProvider time;
    private readonly DiscordMetrics metrics;
    private readonly ILogger<InteractionDispatcher> logger;
    private readonly RecentIds seen = new(8192);

    /// <summary>Creates the dispatcher.</summary>
    /// <param name="handler">The bot's handler.</param>
    /// <param name="rest">REST, for edits and follow-ups.</param>
    /// <param name="options">Thresholds and the error message.</param>
    /// <param name="time">The clock.</param>
    /// <param name="metrics">Counters.</param>
    /// <param name="logger">The log.</param>
    public InteractionDispatcher(
        IInteractionHandler handler,
        IDiscordRestClient rest,
        IOptions<DiscordOptions> options,
        TimeProvider time,
        DiscordMetrics metrics,
        ILogger<InteractionDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.handler = handler;
        this.rest = rest;
        this.options = options.Value;
        this.time = time;
        this.metrics = metrics;
        this.logger = logger;
    }

    /// <summary>Handles one interaction to completion (initial response, edits, follow-ups). Never throws for handler or delivery errors.</summary>
    /// <param name="interaction">The interaction.</param>
    /// <param name="responder">Delivers the initial response.</param>
    /// <param name="ct">Stops waiting (shutdown drain expired).</param>
    /// <returns>Completes when the interaction is fully answered.</returns>
    public async Task DispatchAsync(DiscordInteraction interaction, IInteractionResponder responder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(responder);
        if (!seen.TryAdd(interaction.Id))
        {
            logger.LogDebug("Ignoring repeated delivery of interaction {InteractionId}", interaction.Id);
            return;
        }

        try
        {
            switch (interaction.Type)
            {
                case InteractionType.Ping:
                    await responder.SendInitialResponseAsync(interaction, InteractionCallback.Pong(), ct).ConfigureAwait(false);
                    break;
                case InteractionType.ApplicationCommand:
                    await HandleCommandAsync(interaction, responder, ct).ConfigureAwait(false);
                    break;
                case InteractionType.ApplicationCommandAutocomplete:
                    await HandleAutocompleteAsync(interaction, responder, ct).ConfigureAwait(false);
                    break;
                default:
                    logger.LogDebug("Ignoring interaction {InteractionId} of unsupported type {Type}", interaction.Id, interaction.Type);
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            if (ex is DiscordRestException { Code: 10062 })
            {
                logger.LogError(ex, "Interaction {InteractionId} (/{Command}) expired before it was acknowledged: answered too late", interaction.Id, interaction.CommandName);
            }
            else
            {
                logger.LogError(ex, "Could not deliver the answer to interaction {InteractionId} (/{Command})", interaction.Id, interaction.CommandName);
            }
        }
    }

    private async Task HandleCommandAsync(DiscordInteraction interaction, IInteractionResponder responder, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        using var deadline = new CancellationTokenSource(options.CommandTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, ct);
        var work = RunCommandAsync(interaction, linked.Token);

        using var stopThreshold = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var threshold = Task.Delay(options.DeferThreshold, time, stopThreshold.Token);
        var first = await Task.WhenAny(work, threshold).ConfigureAwait(false);
        await stopThreshold.CancelAsync().ConfigureAwait(false);

        if (first == work)
        {
            var (messages, failed) = await work.ConfigureAwait(false);
            await responder.SendInitialResponseAsync(interaction, InteractionCallback.Reply(messages[0]), ct).ConfigureAwait(false);
            await SendFollowupsAsync(interaction, messages.Skip(1), ct).ConfigureAwait(false);
            metrics.InteractionsHandled.Add(1, failed ? Failed : Ok);
        }
        else
        {
            await responder.SendInitialResponseAsync(interaction, InteractionCallback.Defer(), ct).ConfigureAwait(false);
            var (messages, failed) = await work.ConfigureAwait(false);
            if (messages[0].Ephemeral)
            {
                // A deferral's visibility is fixed; to keep an error (or an ephemeral answer) private, replace it.
                await rest.DeleteOriginalResponseAsync(interaction.ApplicationId, interaction.Token, ct).ConfigureAwait(false);
                await SendFollowupsAsync(interaction, messages, ct).ConfigureAwait(false);
            }
            else
            {
                await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, messages[0], ct).ConfigureAwait(false);
                await SendFollowupsAsync(interaction, messages.Skip(1), ct).ConfigureAwait(false);
            }

            metrics.InteractionsHandled.Add(1, failed ? Failed : Deferred);
        }

        logger.LogDebug("Answered interaction {InteractionId} (/{Command}) in {Elapsed}", interaction.Id, interaction.CommandName, time.GetElapsedTime(started));
    }

    private async Task<(IReadOnlyList<OutgoingMessage> Messages, bool Failed)> RunCommandAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        try
        {
            // Task.Run: a handler that blocks synchronously must not delay the deferral decision.
            var reply = await Task.Run(() => handler.HandleCommandAsync(interaction, ct), ct)
                .WaitAsync(options.CommandTimeout, time, ct).ConfigureAwait(false);
            var messages = MessageLimits.Split(reply.Content, reply.Embeds, reply.Attachments, reply.Ephemeral);
            return (messages.Count > 0 ? messages : [new OutgoingMessage { Content = "\u2026", Ephemeral = true }], false);
        }
        catch (Exception ex)
        {
            if (ex is TimeoutException or OperationCanceledException)
            {
                logger.LogError(ex, "Command handler for /{Command} (interaction {InteractionId}) timed out or was cancelled", interaction.CommandName, interaction.Id);
            }
            else
            {
                logger.LogError(ex, "Command handler for /{Command} (interaction {InteractionId}) failed", interaction.CommandName, interaction.Id);
            }

            return ([new OutgoingMessage { Content = options.ErrorMessage, Ephemeral = true }], true);
        }
    }

    private async Task HandleAutocompleteAsync(DiscordInteraction interaction, IInteractionResponder responder, CancellationToken ct)
    {
        IReadOnlyList<AutocompleteChoice> choices;
        using var deadline = new CancellationTokenSource(options.AutocompleteTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, ct);
        try
        {
            choices = await Task.Run(() => handler.HandleAutocompleteAsync(interaction, linked.Token), linked.Token)
                .WaitAsync(options.AutocompleteTimeout, time, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Autocomplete handler for /{Command} (interaction {InteractionId}) failed or was too slow", interaction.CommandName, interaction.Id);
            choices = [];
        }

        await responder.SendInitialResponseAsync(interaction, InteractionCallback.Autocomplete(choices), ct).ConfigureAwait(false);
        metrics.InteractionsHandled.Add(1, Autocomplete);
    }

    private async Task SendFollowupsAsync(DiscordInteraction interaction, IEnumerable<OutgoingMessage> messages, CancellationToken ct)
    {
        foreach (var message in messages)
        {
            await rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, message, ct).ConfigureAwait(false);
        }
    }
}
