using System.Text.RegularExpressions;

namespace Montenegro.Bot.CommandLine;

/// <summary>
/// Settings on the command line, <c>--Section:Key=Value</c> (e.g. <c>--Data:Path=/srv/data</c>), taken apart from the
/// command's own words before they are parsed. The colon keeps them apart from options such as <c>--json</c>; after a
/// bare <c>--</c> everything is a word.
/// </summary>
public static partial class SettingArguments
{
    /// <summary>The settings and the remaining words, each in their order.</summary>
    public static (string[] Settings, string[] Words) Split(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = new List<string>();
        var words = new List<string>();
        var afterSeparator = false;
        foreach (var arg in args)
        {
            afterSeparator |= arg == "--";
            if (!afterSeparator && Setting().IsMatch(arg))
            {
                settings.Add(arg);
            }
            else
            {
                words.Add(arg);
            }
        }

        return (settings.ToArray(), words.ToArray());
    }

    [GeneratedRegex(@"^--[A-Za-z0-9_.]+(:[A-Za-z0-9_.]+)+=", RegexOptions.CultureInvariant)]
    private static partial Regex Setting();
}
