namespace Montenegro.Bot.Discord.Interactions;

/// <summary>One autocomplete suggestion.</summary>
/// <param name="Name">Shown to the user (1–100 characters; longer is shortened).</param>
/// <param name="Value">The value filled in: a string (≤100 characters), a whole number or a double, matching the option type.</param>
public sealed record AutocompleteChoice(string Name, object Value);
