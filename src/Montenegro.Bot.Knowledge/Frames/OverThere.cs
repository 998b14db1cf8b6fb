using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "And Montenegro's embassy over there?" after a question on China's embassy in Podgorica: "there", said of Montenegro,
/// is abroad, in the one foreign country the last turn spoke of, not in the place the last question named in Montenegro.
/// Left as it is, "there" is a word with no meaning, and the follow-up is read as the last question again.
/// </summary>
internal static partial class OverThere
{
    private const string Home = "montenegro";

    /// <summary>
    /// The follow-up with its "(over) there" made "in" the foreign country the last turn spoke of: only when the follow-up
    /// names Montenegro and no other country, and the last question (or else its answer) names one foreign country only.
    /// An existential "there" ("was there a vote?", "there were protests") is no place. Null when it does not apply.
    /// </summary>
    public static string? Rewrite(string english, ConversationTurn? last, KnowledgeBase knowledge)
    {
        if (last is null || There().Match(english) is not { Success: true } there)
        {
            return null;
        }

        var named = knowledge.Recognizer.Recognize(english);
        if (!named.Any(m => m.Entity.Id == Home) || named.Any(m => m.Entity.Type == EntityType.Country && m.Entity.Id != Home))
        {
            return null;
        }

        var country = Foreign(last.Question + "\n" + last.Frame.Text, knowledge)
            ?? (last.AnswerText is { } told ? Foreign(told, knowledge) : null);
        return country is null ? null : english[..there.Index] + "in " + country.Name + english[(there.Index + there.Length)..];
    }

    // The one foreign country the text names; null for none or several.
    private static Entity? Foreign(string text, KnowledgeBase knowledge)
    {
        var countries = knowledge.Recognizer.Recognize(text).Select(m => m.Entity)
            .Where(e => e.Type == EntityType.Country && e.Id != Home).DistinctBy(e => e.Id).ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    // "there" or "over there" as a place: not after or before a form of "be" ("is there", "there were").
    [GeneratedRegex(@"(?<!\b(?:is|are|was|were|be|been|'s)\s+)\b(?:over\s+)?there\b(?!\s+(?:is|are|was|were|be|been|'s|has|have|had)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex There();
}
