namespace Montenegro.Bot.Discord.Interactions;

/// <summary>What a component or modal handler answers with.</summary>
public enum InteractionResponseKind
{
    /// <summary>A new message (type 4), public or ephemeral.</summary>
    Message,

    /// <summary>Replace the message the component is on (type 7).</summary>
    Update,

    /// <summary>Open a pop-up form (type 9).</summary>
    Modal,

    /// <summary>Nothing visible (type 6); the handler may have used follow-ups instead.</summary>
    Acknowledge,
}
