namespace Montenegro.Bot.Charts;

/// <summary>Charts cannot be drawn because their font is missing or unreadable. The message says what to install or set.</summary>
public sealed class ChartFontException(string message) : Exception(message);
