namespace Montenegro.Bot.Discord.Interactions;

/// <summary>A message sent for an interaction through <see cref="IInteractionFollowups"/>, to edit or delete later.</summary>
/// <param name="Id">The follow-up's message id; 0 for the original response.</param>
/// <param name="IsOriginal">
/// True for the original response (the "thinking…" message a follow-up filled in, or, for components, the message
/// the component is on).
/// </param>
public sealed record InteractionMessage(ulong Id, bool IsOriginal)
{
    /// <summary>The original response.</summary>
    public static InteractionMessage Original { get; } = new(0, true);
}
