using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>
/// Runs the handler for one interaction and answers it within Discord's 3 seconds; the one place that routes by
/// interaction type: commands to <see cref="IInteractionHandler"/>, autocomplete to its suggestions, buttons, select
/// menus and modal submissions to the <see cref="IComponentHandler"/> with the longest matching custom-id prefix (no
/// match: a polite ephemeral "expired" note). Also the one place that decides deferral: the handler races
/// <see cref="DiscordOptions.DeferThreshold"/>; if it loses (or asks for follow-ups first), a deferral of the declared
/// kind goes out (type 5, ephemeral when declared, or type 6 for in-place updates) and the answer replaces it later.
/// Handler failures become a short ephemeral message. Repeated deliveries of the same interaction id are answered
/// once. Transport-neutral: the initial response goes through the given <see cref="IInteractionResponder"/>.
/// </summary>
public sealed class InteractionDispatcher
{
    private static readonly KeyValuePair<string, object?> Ok = new("outcome", "ok");
    private static readonly KeyValuePair<string, object?> Deferred = new("outcome", "deferred");
    private static readonly KeyValuePair<string, object?> Failed = new("outcome", "error");
    private static readonly KeyValuePair<string, object?> Autocomplete = new("outcome", "autocomplete");
    private static readonly KeyValuePair<string, object?> Expired = new("outcome", "expired");

    private readonly IInteractionHandler _handler;
    private readonly ComponentHandlerRegistry _components;
    private readonly IDiscordRestClient _rest;
    private readonly DiscordOptions _options;
    private readonly ComponentInteractionOptions _componentOptions;
    private readonly TimeProvider _time;
    private readonly DiscordMetrics _metrics;
    private readonly ILogger<InteractionDispatcher> _logger;
    private readonly RecentIds _seen = new(8192);

    /// <summary>Creates the dispatcher.</summary>
    /// <param name="handler">The bot's command handler.</param>
    /// <param name="componentHandlers">The bot's component and modal handlers (prefixes checked here).</param>
    /// <param name="rest">REST, for edits and follow-ups.</param>
    /// <param name="options">Thresholds and the error message.</param>
    /// <param name="componentOptions">The note for expired components.</param>
    /// <param name="time">The clock.</param>
    /// <param name="metrics">Counters.</param>
    /// <param name="logger">The log.</param>
    /// <exception cref="InvalidOperationException">Two component handlers claim the same prefix, or one has none.</exception>
    [ActivatorUtilitiesConstructor]
    public InteractionDispatcher(
        IInteractionHandler handler,
        IEnumerable<IComponentHandler> componentHandlers,
        IDiscordRestClient rest,
        IOptions<DiscordOptions> options,
        IOptions<ComponentInteractionOptions> componentOptions,
        TimeProvider time,
        DiscordMetrics metrics,
        ILogger<InteractionDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(componentOptions);
        _handler = handler;
        _components = new ComponentHandlerRegistry(componentHandlers);
        _rest = rest;
        _options = options.Value;
        _componentOptions = componentOptions.Value;
        _time = time;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>Creates a dispatcher for commands and autocomplete only.</summary>
    /// <param name="handler">The bot's command handler.</param>
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
        : this(handler, [], rest, options, Options.Create(new ComponentInteractionOptions()), time, metrics, logger)
    {
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
        if (!_seen.TryAdd(interaction.Id))
        {
            _logger.LogDebug("Ignoring repeated delivery of interaction {InteractionId}", interaction.Id);
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
                    var deferral = IsEphemeral(interaction) ? ComponentDeferral.EphemeralMessage : ComponentDeferral.Message;
                    await RespondAsync(interaction, responder, deferral, async (context, token) => InteractionResponse.Message(await _handler.HandleCommandAsync(context, token).ConfigureAwait(false)), ct).ConfigureAwait(false);
                    break;
                case InteractionType.ApplicationCommandAutocomplete:
                    await HandleAutocompleteAsync(interaction, responder, ct).ConfigureAwait(false);
                    break;
                case InteractionType.MessageComponent or InteractionType.ModalSubmit:
                    await HandleComponentAsync(interaction, responder, ct).ConfigureAwait(false);
                    break;
                default:
                    _logger.LogDebug("Ignoring interaction {InteractionId} of unsupported type {Type}", interaction.Id, interaction.Type);
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            if (ex is DiscordRestException { Code: 10062 })
            {
                _logger.LogError(ex, "Interaction {InteractionId} ({What}) expired before it was acknowledged: answered too late", interaction.Id, Describe(interaction));
            }
            else
            {
                _logger.LogError(ex, "Could not deliver the answer to interaction {InteractionId} ({What})", interaction.Id, Describe(interaction));
            }
        }
    }

    private bool IsEphemeral(DiscordInteraction interaction)
    {
        try
        {
            return _handler.IsEphemeral(interaction);
        }
        catch (Exception ex)
        {
            // Err on the private side: a deferral cannot be made private later.
            _logger.LogError(ex, "Deciding whether {What} (interaction {InteractionId}) is private failed; treating it as private", Describe(interaction), interaction.Id);
            return true;
        }
    }

    private static string Describe(DiscordInteraction interaction) =>
        interaction.Type is InteractionType.MessageComponent or InteractionType.ModalSubmit
            ? $"{(interaction.Type == InteractionType.ModalSubmit ? "modal" : "component")} {interaction.CustomId}"
            : "/" + interaction.CommandName;

    private async Task HandleComponentAsync(DiscordInteraction interaction, IInteractionResponder responder, CancellationToken ct)
    {
        var componentHandler = _components.Find(interaction.CustomId);
        if (componentHandler is null)
        {
            _logger.LogInformation("No handler for {What} (interaction {InteractionId}); answering that it expired", Describe(interaction), interaction.Id);
            var note = new OutgoingMessage { Content = _componentOptions.ExpiredMessage, Ephemeral = true };
            await responder.SendInitialResponseAsync(interaction, InteractionCallback.Reply(note), ct).ConfigureAwait(false);
            _metrics.InteractionsHandled.Add(1, Expired);
            return;
        }

        await RespondAsync(interaction, responder, componentHandler.Deferral, componentHandler.HandleAsync, ct).ConfigureAwait(false);
    }

    /// <summary>Races the handler against the deferral threshold and delivers its answer either way.</summary>
    private async Task RespondAsync(
        DiscordInteraction interaction,
        IInteractionResponder responder,
        ComponentDeferral deferral,
        Func<InteractionContext, CancellationToken, Task<InteractionResponse>> run,
        CancellationToken ct)
    {
        var started = _time.GetTimestamp();
        var session = new InteractionSession(interaction, _rest);
        using var deadline = new CancellationTokenSource(_options.CommandTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, ct);
        var work = RunHandlerAsync(interaction, new InteractionContext(interaction, session), run, linked.Token);

        using var stopThreshold = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var threshold = Task.Delay(_options.DeferThreshold, _time, stopThreshold.Token);
        var first = await Task.WhenAny(work, threshold, session.AcknowledgementNeeded).ConfigureAwait(false);
        await stopThreshold.CancelAsync().ConfigureAwait(false);

        try
        {
            if (first == work)
            {
                var (response, failed) = await work.ConfigureAwait(false);
                failed |= !await AnswerAtOnceAsync(interaction, responder, session, response, ct).ConfigureAwait(false);
                _metrics.InteractionsHandled.Add(1, failed ? Failed : Ok);
            }
            else
            {
                var callback = DeferralFor(interaction, deferral);
                await responder.SendInitialResponseAsync(interaction, callback, ct).ConfigureAwait(false);
                session.MarkAcknowledged(callback);
                var (response, failed) = await work.ConfigureAwait(false);
                if (!await session.FinishAsync(response, _options.ErrorMessage, ct).ConfigureAwait(false))
                {
                    _logger.LogError("{What} (interaction {InteractionId}) returned a modal after the deferral threshold; a modal must be returned at once", Describe(interaction), interaction.Id);
                    failed = true;
                }

                _metrics.InteractionsHandled.Add(1, failed ? Failed : Deferred);
            }
        }
        catch (Exception ex)
        {
            session.MarkFailed(ex);
            throw;
        }

        _logger.LogDebug("Answered interaction {InteractionId} ({What}) in {Elapsed}", interaction.Id, Describe(interaction), _time.GetElapsedTime(started));
    }

    /// <summary>Sends the handler's answer as the initial response, and any further parts as follow-ups.</summary>
    /// <returns>False when the answer was not valid here and an error was shown instead.</returns>
    private async Task<bool> AnswerAtOnceAsync(DiscordInteraction interaction, IInteractionResponder responder, InteractionSession session, InteractionResponse response, CancellationToken ct)
    {
        var valid = true;
        InteractionCallback callback;
        IReadOnlyList<OutgoingMessage> rest = [];
        switch (response.Kind)
        {
            case InteractionResponseKind.Update when interaction.Message is not null:
                callback = InteractionCallback.Update(InteractionSession.Single(response.Reply!));
                break;
            case InteractionResponseKind.Message or InteractionResponseKind.Update:
                var messages = InteractionSession.Split(response.Reply!);
                callback = InteractionCallback.Reply(messages[0]);
                rest = messages.Skip(1).ToList();
                break;
            case InteractionResponseKind.Modal when interaction.Type != InteractionType.ModalSubmit:
                callback = InteractionCallback.ShowModal(response.Modal!);
                break;
            case InteractionResponseKind.Acknowledge when interaction.Message is not null:
                callback = InteractionCallback.DeferUpdate();
                break;
            case InteractionResponseKind.Acknowledge:
                // A modal opened by a command has no message to leave unchanged: acknowledge privately, then tidy up.
                callback = InteractionCallback.Defer(ephemeral: true);
                await responder.SendInitialResponseAsync(interaction, callback, ct).ConfigureAwait(false);
                session.MarkAcknowledged(callback);
                await session.FinishAsync(response, _options.ErrorMessage, ct).ConfigureAwait(false);
                return true;
            default:
                _logger.LogError("{What} (interaction {InteractionId}) answered a modal submission with another modal, which Discord does not allow", Describe(interaction), interaction.Id);
                callback = InteractionCallback.Reply(new OutgoingMessage { Content = _options.ErrorMessage, Ephemeral = true });
                valid = false;
                break;
        }

        await responder.SendInitialResponseAsync(interaction, callback, ct).ConfigureAwait(false);
        session.MarkAcknowledged(callback);
        foreach (var message in rest)
        {
            await _rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, message, ct).ConfigureAwait(false);
        }

        return valid;
    }

    /// <summary>The acknowledgement for a slow handler of the declared kind; an update needs a message to update.</summary>
    private static InteractionCallback DeferralFor(DiscordInteraction interaction, ComponentDeferral deferral) => deferral switch
    {
        ComponentDeferral.Update when interaction.Type is InteractionType.MessageComponent or InteractionType.ModalSubmit && interaction.Message is not null
            => InteractionCallback.DeferUpdate(),
        ComponentDeferral.EphemeralMessage => InteractionCallback.Defer(ephemeral: true),
        _ => InteractionCallback.Defer(),
    };

    private async Task<(InteractionResponse Response, bool Failed)> RunHandlerAsync(
        DiscordInteraction interaction,
        InteractionContext context,
        Func<InteractionContext, CancellationToken, Task<InteractionResponse>> run,
        CancellationToken ct)
    {
        try
        {
            // Task.Run: a handler that blocks synchronously must not delay the deferral decision.
            var response = await Task.Run(() => run(context, ct), ct)
                .WaitAsync(_options.CommandTimeout, _time, ct).ConfigureAwait(false);
            return (response ?? throw new InvalidOperationException("The handler returned no response."), false);
        }
        catch (Exception ex)
        {
            if (ex is TimeoutException or OperationCanceledException)
            {
                _logger.LogError(ex, "Handler for {What} (interaction {InteractionId}) timed out or was cancelled", Describe(interaction), interaction.Id);
            }
            else
            {
                _logger.LogError(ex, "Handler for {What} (interaction {InteractionId}) failed", Describe(interaction), interaction.Id);
            }

            return (InteractionResponse.Message(InteractionReply.Text(_options.ErrorMessage, ephemeral: true)), true);
        }
    }

    private async Task HandleAutocompleteAsync(DiscordInteraction interaction, IInteractionResponder responder, CancellationToken ct)
    {
        IReadOnlyList<AutocompleteChoice> choices;
        using var deadline = new CancellationTokenSource(_options.AutocompleteTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, ct);
        try
        {
            choices = await Task.Run(() => _handler.HandleAutocompleteAsync(interaction, linked.Token), linked.Token)
                .WaitAsync(_options.AutocompleteTimeout, _time, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            _logger.LogError(ex, "Autocomplete handler for /{Command} (interaction {InteractionId}) failed or was too slow", interaction.CommandName, interaction.Id);
            choices = [];
        }

        await responder.SendInitialResponseAsync(interaction, InteractionCallback.Autocomplete(choices), ct).ConfigureAwait(false);
        _metrics.InteractionsHandled.Add(1, Autocomplete);
    }
}
