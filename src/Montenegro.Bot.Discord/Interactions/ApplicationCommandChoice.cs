namespace Montenegro.Bot.Discord.Interactions;

/// <summary>A fixed choice of a command option.</summary>
/// <param name="Name">Shown to the user (1–100 characters).</param>
/// <param name="Value">A string (≤100 characters), whole number or double, matching the option type.</param>
/// <param name="NameLocalizations">The name in other languages, keyed by Discord locale (e.g. <c>hr</c>).</param>
public sealed record ApplicationCommandChoice(string Name, object Value, IReadOnlyDictionary<string, string>? NameLocalizations = null);
