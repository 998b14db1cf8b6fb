using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "The guy you mentioned", "that party you named earlier": a description that points back at what the bot said stands for
/// the pronoun it means, so the follow-up is read as "what's his job?" or "what did that party say?" and its words ("guy",
/// "mentioned") are not asked of the sources, which never use them.
/// </summary>
internal static class BackReference
{
    // How long a rewrite may take; the pattern is built from the lexicon's words and runs on one short question.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The question with each back-reference replaced: a person ("the guy you mentioned") by "him", or dropped when it only
    /// repeats a pronoun the question has ("what's his job, the guy you mentioned?"); a thing ("the poll you mentioned") by
    /// "that poll". The question itself when it has none.
    /// </summary>
    public static string Rewrite(string english, Lexicon lexicon)
    {
        var verbs = lexicon.Alternation(Cue.MentionVerb);
        if (verbs.Length == 0)
        {
            return english;
        }

        var people = lexicon.Words(Cue.PersonNoun);
        var pattern = $@"(?<comma>,\s*)?\b(?:the|that|this)\s+(?<noun>[a-z]+)\s+(?:(?:that|who|whom|which)\s+)?you(?:'ve|\s+have|\s+had)?\s+(?:just\s+|earlier\s+|already\s+)?(?:{verbs})(?:\s+(?:earlier|before|above|just now))?\b";
        var pronouns = lexicon.Words(Cue.PersonPronoun);
        var hasPronoun = Regex.Split(english.ToLowerInvariant(), @"\W+").Any(pronouns.Contains);
        return Regex.Replace(english, pattern, m =>
        {
            var noun = m.Groups["noun"].Value.ToLowerInvariant();
            if (!people.Contains(noun))
            {
                return $"{m.Groups["comma"].Value}that {noun}";
            }

            // Set apart by a comma beside a pronoun of its own, it only says who the pronoun is.
            return m.Groups["comma"].Success && hasPronoun ? string.Empty : $"{m.Groups["comma"].Value}him";
        }, RegexOptions.IgnoreCase, Timeout);
    }
}
