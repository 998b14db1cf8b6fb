using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>The initial response to an interaction, independent of how it is delivered (REST callback or HTTP body).</summary>
public sealed record InteractionCallback
{
    /// <summary>The response type.</summary>
    public required InteractionCallbackType Type { get; init; }

    /// <summary>The message, for <see cref="InteractionCallbackType.ChannelMessageWithSource"/> and <see cref="InteractionCallbackType.UpdateMessage"/>.</summary>
    public OutgoingMessage? Message { get; init; }

    /// <summary>Only the invoker sees the coming answer (for a deferral).</summary>
    public bool Ephemeral { get; init; }

    /// <summary>Suggestions (at most 25), for <see cref="InteractionCallbackType.ApplicationCommandAutocompleteResult"/>.</summary>
    public IReadOnlyList<AutocompleteChoice> Choices { get; init; } = [];

    /// <summary>The form, for <see cref="InteractionCallbackType.Modal"/>.</summary>
    public Modal? Modal { get; init; }

    /// <summary>A PONG.</summary>
    /// <returns>The callback.</returns>
    public static InteractionCallback Pong() => new() { Type = InteractionCallbackType.Pong };

    /// <summary>An immediate answer (type 4), ephemeral when the message is.</summary>
    /// <param name="message">The message, within limits.</param>
    /// <returns>The callback.</returns>
    public static InteractionCallback Reply(OutgoingMessage message) =>
        new() { Type = InteractionCallbackType.ChannelMessageWithSource, Message = message, Ephemeral = message.Ephemeral };

    /// <summary>A deferral (type 5); the answer follows by editing the original response.</summary>
    /// <param name="ephemeral">Whether the coming answer is ephemeral (flags 64); fixed once sent.</param>
    /// <returns>The callback.</returns>
    public static InteractionCallback Defer(bool ephemeral = false) =>
        new() { Type = InteractionCallbackType.DeferredChannelMessageWithSource, Ephemeral = ephemeral };

    /// <summary>Replaces the message the component is on (type 7).</summary>
    /// <param name="message">The new message, within limits.</param>
    /// <returns>The callback.</returns>
    public static InteractionCallback Update(OutgoingMessage message) =>
        new() { Type = InteractionCallbackType.UpdateMessage, Message = message };

    /// <summary>Acknowledges a component use without a visible change (type 6); the message may be edited later.</summary>
    /// <returns>The callback.</returns>
    public static InteractionCallback DeferUpdate() => new() { Type = InteractionCallbackType.DeferredUpdateMessage };

    /// <summary>Opens a pop-up form (type 9).</summary>
    /// <param name="modal">The form.</param>
    /// <returns>The callback.</returns>
    public static InteractionCallback ShowModal(Modal modal) =>
        new() { Type = InteractionCallbackType.Modal, Modal = modal ?? throw new ArgumentNullException(nameof(modal)) };

    /// <summary>Autocomplete suggestions; more than 25 are cut to 25.</summary>
    /// <param name="choices">The suggestions.</param>
    /// <returns>The callback.</returns>
    public static InteractionCallback Autocomplete(IEnumerable<AutocompleteChoice> choices) =>
        new() { Type = InteractionCallbackType.ApplicationCommandAutocompleteResult, Choices = choices.Take(ApplicationCommandValidator.MaxOptions).ToList() };
}
