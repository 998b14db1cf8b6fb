namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>A person a sentence names with a role: "Defense Secretary Donald Rumsfeld", "Dmitry Senin, a former Russian FSB Colonel".</summary>
/// <param name="Name">The person's name as written.</param>
/// <param name="Role">The role as written, with what qualifies it ("GRU officer", "former Russian FSB Colonel").</param>
/// <param name="First">Index of the first word of the whole mention.</param>
/// <param name="Last">Index of its last word.</param>
/// <param name="NameFirst">Index of the name's first word.</param>
/// <param name="NameLast">Index of the name's last word.</param>
internal sealed record PersonMention(string Name, string Role, int First, int Last, int NameFirst, int NameLast);
