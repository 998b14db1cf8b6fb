namespace Montenegro.Bot.Discord.Components;

/// <summary>
/// Long answers (the NATO timeline, poll lists) cut into pages of a few lines, so an answer is a card and not a wall;
/// the More button turns the pages. Cuts fall between lines; a single line longer than a page is a page of its own.
/// </summary>
public static class AnswerPages
{
    /// <summary>Most lines on one page.</summary>
    public const int MaxLines = 8;

    /// <summary>Most characters on one page (a line that is longer on its own stays whole).</summary>
    public const int MaxCharacters = 1200;

    /// <summary>The pages of <paramref name="text"/>; one page when it is short.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        if (lines.Length <= MaxLines + 1 && text.Length <= MaxCharacters)
        {
            return [text];
        }

        var pages = new List<string>();
        var page = new List<string>();
        var length = 0;
        foreach (var line in lines)
        {
            if (page.Count > 0 && (page.Count == MaxLines || length + line.Length + 1 > MaxCharacters))
            {
                pages.Add(string.Join('\n', page).Trim());
                page.Clear();
                length = 0;
            }

            page.Add(line);
            length += line.Length + 1;
        }

        if (page.Count > 0)
        {
            pages.Add(string.Join('\n', page).Trim());
        }

        pages.RemoveAll(p => p.Length == 0);
        return pages.Count == 0 ? [text] : pages;
    }

    /// <summary>How many pages <paramref name="text"/> has.</summary>
    public static int Count(string text) => Of(text).Count;
}
