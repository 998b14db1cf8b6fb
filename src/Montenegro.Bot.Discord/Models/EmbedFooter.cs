namespace Montenegro.Bot.Discord.Models;

/// <summary>The footer line of an embed.</summary>
/// <param name="Text">Footer text (at most 2048 characters; longer is shortened).</param>
/// <param name="IconUrl">Optional icon URL.</param>
public sealed record EmbedFooter(string Text, string? IconUrl = null);
