using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "And who was openly against it?" after "Which parties were firmly in favour of NATO membership?": a follow-up asking who
/// took the other side of what the last question asked who supported (or opposed) asks that question again with its stance
/// turned. Read as a variation of the last question it keeps the last stance's words, and a passage telling the supporters,
/// or a poll's "against" column, answers it; asked whole, the actors of the other side are found.
/// </summary>
internal static class StanceFlip
{
    // How long a rewrite may take; the pattern is built from the lexicon's words and runs on one short question.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // Most words of a follow-up that only turns the stance ("and who exactly was openly against it then").
    private const int MaxWords = 9;

    /// <summary>
    /// The last question with its stance replaced by the follow-up's, when both ask who (or which) and the follow-up takes
    /// the other side of the same thing, which it only points at ("it", "that"); null otherwise. An adverb the stance carries
    /// ("firmly", "openly") goes with it.
    /// </summary>
    public static string? Rewrite(string english, ConversationTurn last, Lexicon lexicon)
    {
        var words = Words(english);
        var openers = lexicon.Words(Cue.FollowUp);
        var asking = words.SkipWhile(openers.Contains).FirstOrDefault();
        if (words.Count > MaxWords || asking is null || !AsksWho(asking, lexicon) || !words.Any(lexicon.Words(Cue.ThingPronoun).Contains))
        {
            return null;
        }

        var previous = last.Question;
        var lastWords = Words(previous);
        if (!lastWords.SkipWhile(openers.Contains).Take(1).Any(w => AsksWho(w, lexicon)))
        {
            return null;
        }

        foreach (var (side, other) in new[] { (Cue.StanceAgainst, Cue.StanceFor), (Cue.StanceFor, Cue.StanceAgainst) })
        {
            // Each stance with an adverb before it and the preposition that ties it to the thing ("firmly in favour of",
            // "opposed to"): the follow-up's, and the other one of the last question, which names no stance of the follow-up's side.
            if (Span(english, side, lexicon) is not { } turned || Span(previous, side, lexicon) is not null
                || Span(previous, other, lexicon) is not { } kept)
            {
                continue;
            }

            var replaced = previous[..kept.Index] + turned.Value.Trim() + " " + previous[(kept.Index + kept.Length)..].TrimStart();
            return replaced.Trim();
        }

        return null;
    }

    private static bool AsksWho(string word, Lexicon lexicon) => lexicon.Words(Cue.Who).Contains(word) || word == "which";

    private static Match? Span(string text, Cue cue, Lexicon lexicon)
    {
        var phrases = lexicon.Alternation(cue);
        if (phrases.Length == 0)
        {
            return null;
        }

        var pattern = $@"\b(?:\w+ly\s+)?(?:{phrases})\b(?:\s+(?:of|to)\b)?";
        var match = Regex.Match(text, pattern, RegexOptions.IgnoreCase, Timeout);
        return match.Success ? match : null;
    }

    private static List<string> Words(string text) =>
        Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\p{N}']+").Where(w => w.Length > 0).ToList();
}
