namespace Montenegro.Bot.Discord.Interactions;

/// <summary>Initial-response types used by this library, as numbered by Discord.</summary>
public enum InteractionCallbackType
{
    /// <summary>Answer to a PING (HTTP endpoint).</summary>
    Pong = 1,

    /// <summary>A message answering the interaction.</summary>
    ChannelMessageWithSource = 4,

    /// <summary>"Thinking…"; the answer follows by editing the original response. May be ephemeral (flags 64).</summary>
    DeferredChannelMessageWithSource = 5,

    /// <summary>Components only: acknowledged with no visible change; the message is edited later (PATCH <c>@original</c>).</summary>
    DeferredUpdateMessage = 6,

    /// <summary>Components only: replaces the message the component is on.</summary>
    UpdateMessage = 7,

    /// <summary>Autocomplete suggestions.</summary>
    ApplicationCommandAutocompleteResult = 8,

    /// <summary>Opens a pop-up form; not for modal submissions.</summary>
    Modal = 9,
}
