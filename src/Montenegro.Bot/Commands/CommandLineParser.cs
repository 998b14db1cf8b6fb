namespace Montenegro.Bot.Commands;

/// <summary>Reads console commands such as "/recognition Russia" or "/poll CEDEM 2016" into a command and its options.</summary>
public static class CommandLineParser
{
    /// <summary>Parses <paramref name="line"/>; false when it is not a command (no leading slash).</summary>
    public static bool TryParse(string line, out string name, out IReadOnlyDictionary<string, string> options)
    {
        name = string.Empty;
        options = new Dictionary<string, string>();
        var text = line.Trim();
        if (!text.StartsWith('/') || text.Length < 2)
        {
            return false;
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        name = (space < 0 ? text[1..] : text[1..space]).ToLowerInvariant();
        var rest = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (name)
        {
            case "ask":
                values["question"] = rest;
                break;
            case "recognition" or "relations":
                values["country"] = rest;
                break;
            case "nato":
                values["milestone"] = rest;
                break;
            case "search":
                values["query"] = rest;
                break;
            case "poll":
                // "/poll CEDEM 2016", "/poll 2016", "/poll Ipsos": a four-digit word is the year, the rest the firm.
                var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var year = words.FirstOrDefault(w => w.Length == 4 && w.All(char.IsAsciiDigit));
                if (year is not null)
                {
                    values["year"] = year;
                }

                values["firm"] = string.Join(' ', words.Where(w => w != year));
                break;
        }

        options = values;
        return true;
    }
}
