namespace Montenegro.Bot.Discord.Models;

/// <summary>One submitted field of a modal.</summary>
/// <param name="CustomId">The field's custom id.</param>
/// <param name="Value">The typed text (text inputs); null for selects.</param>
/// <param name="Values">The chosen values (selects in modals); empty for text inputs.</param>
public sealed record ModalField(string CustomId, string? Value, IReadOnlyList<string> Values);
