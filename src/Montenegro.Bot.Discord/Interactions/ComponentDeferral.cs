namespace Montenegro.Bot.Discord.Interactions;

/// <summary>
/// How a component or modal handler is acknowledged when it runs past the deferral threshold, declared up front
/// because the acknowledgement must go out before the handler has answered.
/// </summary>
public enum ComponentDeferral
{
    /// <summary>
    /// Type 6: no visible change; the handler's <see cref="InteractionResponse.Update"/> then edits the message the
    /// component is on (PATCH <c>@original</c>). For paging, toggles and other in-place changes.
    /// </summary>
    Update,

    /// <summary>Type 5: a public "thinking…" message that the handler's answer replaces.</summary>
    Message,

    /// <summary>Type 5 with flags 64: a "thinking…" message only the user sees, replaced by the answer.</summary>
    EphemeralMessage,
}
