namespace Montenegro.Bot.Discord.Interactions;

/// <summary>
/// Handles the buttons, select menus and modals whose custom id starts with <see cref="CustomIdPrefix"/>. Register
/// with <c>services.AddDiscordComponentHandler&lt;T&gt;()</c>; when several prefixes match, the longest wins, and a custom
/// id no handler claims (an old button) gets a polite ephemeral note. Runs on its own task for either transport; past
/// <see cref="Hosting.DiscordOptions.DeferThreshold"/> the dispatcher acknowledges per <see cref="Deferral"/> and
/// delivers the answer afterwards. A thrown exception becomes a short ephemeral error.
/// Put in the custom id whatever the click needs (at most 100 characters), so any replica can answer it.
/// </summary>
public interface IComponentHandler
{
    /// <summary>The custom-id prefix this handler owns, e.g. <c>src:</c> (1–100 characters, unique among handlers).</summary>
    string CustomIdPrefix { get; }

    /// <summary>How to acknowledge when the handler is slow: update in place (type 6) or a new message (type 5, maybe ephemeral).</summary>
    ComponentDeferral Deferral { get; }

    /// <summary>
    /// Answers a component use (<see cref="Models.DiscordInteraction.CustomId"/>, <see cref="Models.DiscordInteraction.Values"/>,
    /// <see cref="Models.DiscordInteraction.Message"/>) or a modal submission (<see cref="Models.DiscordInteraction.ModalFields"/>).
    /// </summary>
    /// <param name="context">The interaction and its follow-ups.</param>
    /// <param name="ct">Cancelled at the handler deadline or when the host stops.</param>
    /// <returns>The answer.</returns>
    Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken ct);
}
