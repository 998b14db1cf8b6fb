namespace Montenegro.Bot.Discord.Models;

/// <summary>A name/value pair shown in an embed.</summary>
/// <param name="Name">Field title (at most 256 characters; longer is shortened).</param>
/// <param name="Value">Field text (at most 1024 characters; longer is shortened).</param>
/// <param name="Inline">Whether the field may sit next to others.</param>
public sealed record EmbedField(string Name, string Value, bool Inline = false);
