namespace Montenegro.Bot.Discord.Models;

/// <summary>The author line of an embed.</summary>
/// <param name="Name">Author name (at most 256 characters; longer is shortened).</param>
/// <param name="Url">Optional link.</param>
/// <param name="IconUrl">Optional icon URL.</param>
public sealed record EmbedAuthor(string Name, string? Url = null, string? IconUrl = null);
