using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>What a handler gets for one interaction: the interaction itself and its follow-ups.</summary>
public sealed class InteractionContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="interaction">The interaction.</param>
    /// <param name="followups">Follow-up messages for it.</param>
    public InteractionContext(DiscordInteraction interaction, IInteractionFollowups followups)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(followups);
        Interaction = interaction;
        Followups = followups;
    }

    /// <summary>The interaction (command, component use or modal submission).</summary>
    public DiscordInteraction Interaction { get; }

    /// <summary>Sends and edits messages beyond the handler's answer.</summary>
    public IInteractionFollowups Followups { get; }
}
