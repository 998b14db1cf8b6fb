using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "And what's the next step now?" after the vote: in a follow-up asking what comes next, "now" places the next step after
/// the events the conversation has told, not at today's date, which the sources cannot speak for. Read as a question about
/// today it would be declined like "who is the ambassador now?", though the passage states the next step outright.
/// </summary>
internal static class StoryNow
{
    // How long a rewrite may take; the pattern is built from the lexicon's words and runs on one short question.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The follow-up without its words for the present, when it asks what comes next ("next", "afterwards"); null when it
    /// does not ask that or names no present. A question on what holds today ("how many seats do they hold today?") keeps them.
    /// </summary>
    public static string? Rewrite(string english, Lexicon lexicon)
    {
        var words = Regex.Split(english.ToLowerInvariant(), @"[^\p{L}\p{N}']+").Where(w => w.Length > 0).ToList();
        if (!words.Any(lexicon.Words(Cue.Sequel).Contains))
        {
            return null;
        }

        var present = lexicon.Alternation(Cue.Now);
        if (present.Length == 0)
        {
            return null;
        }

        var without = Regex.Replace(english, $@"\s*\b(?:right\s+)?(?:{present})\b", string.Empty, RegexOptions.IgnoreCase, Timeout);
        return without == english ? null : without;
    }
}
