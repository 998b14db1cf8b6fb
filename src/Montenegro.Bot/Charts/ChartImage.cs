namespace Montenegro.Bot.Charts;

/// <summary>A rendered chart, ready to attach to a message.</summary>
/// <param name="Png">The PNG file's bytes. Shared by every answer that uses the chart: do not change them.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="FileName">A file name for the attachment (ASCII, no spaces), e.g. <c>nato-polls.png</c>, so an embed can use <c>attachment://nato-polls.png</c>.</param>
public sealed record ChartImage(byte[] Png, int Width, int Height, string FileName);
