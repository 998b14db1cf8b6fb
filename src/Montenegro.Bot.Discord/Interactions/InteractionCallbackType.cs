namespace Montenegro.Bot.Discord.Interactions;

/// <summary>Initial-response types used by this library.</summary>
public enum InteractionCallbackType
{
    /// <summary>Answer to a PING (HTTP endpoint).</summary>
    Pong = 1,

    /// <summary>A message answering the command.</summary>
    ChannelMessageWithSource = 4,

    /// <summary>"Thinking…"; the answer follows by editing the original response.</summary>
    DeferredChannelMessageWithSource = 5,

    /// <summary>Autocomplete suggestions.</summary>
    ApplicationCommandAutocompleteResult = 8,
}
