using Montenegro.Bot.Discord.Messages;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>The initial response to an interaction, independent of how it is delivered.</summary>
public sealed record InteractionCallback
{
    /// <summary>The response type.</summary>
    public required InteractionCallbackType Type { get; init; }

    /// <summary>The message, for <see cref="InteractionCallbackType.ChannelMessageWithSource"/>.</summary>
    public OutgoingMessage? Message { get; init; }

    /// <summary>Only the invoker sees the coming answer (for a deferral).</summary>
    public bool Ephemeral { get; init; }

    /// <summary>Suggestions (at most 25), for <see cref="InteractionCallbackType.ApplicationCommandAutocompleteResult"/>.</summary>
    public IReadOnlyList<AutocompleteChoice> Choices { get; init; } = [];

    /// <summary>A PONG.</summary>
    /// <returns>The callback.</returns>
    public static InteractionCallback Pong() => new() { Type = InteractionCallbackType.Pong };

    /// <summary>An immediate answer.</summary>
    /// <param name="message">The message, within limits.</param>
    /// <returns>The callback.</returns>
    public static InteractionCallback Reply(OutgoingMessage message) =>
        new() { Type = InteractionCallbackType.ChannelMessageWithSource, Message = message, Ephemeral = message.Ephemeral };

    /// <summary>A deferral; the answer follows by editing the original response.</summary>
    /// <param name="ephemeral">Whether the coming answer is ephemeral.</param>
    /// <returns>The callback.</returns>
    public static InteractionCallback Defer(bool ephemeral = false) =>
        new() { Type = InteractionCallbackType.DeferredChannelMessageWithSource, Ephemeral = ephemeral };

    /// <summary>Autocomplete suggestions; more than 25 are cut to 25.</summary>
    /// <param name="choices">The suggestions.</param>
    /// <returns>The callback.</returns>
    public static InteractionCallback Autocomplete(IEnumerable<AutocompleteChoice> choices) =>
        new() { Type = InteractionCallbackType.ApplicationCommandAutocompleteResult, Choices = choices.Take(ApplicationCommandValidator.MaxOptions).ToList() };
}
