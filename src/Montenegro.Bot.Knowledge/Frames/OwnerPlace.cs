using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "And Montenegro's in Beijing?" after "when did China's embassy in Podgorica open?", "and the Chinese one in Podgorica?"
/// after "when did Montenegro open its embassy in Beijing?": an ellipsis that names an owner and a place fills both slots of
/// the last question, its owner and its place, not one of them (the other left as it was, the question asks the last one
/// again). A last question that named its owner only as "its", with the owner in the context carried after it ("when did
/// its embassy in podgorica open (China, Montenegro)"), has that owner in its owner slot.
/// </summary>
internal static partial class OwnerPlace
{
    private const string Home = "montenegro";

    // Most words of such an ellipsis ("and what about montenegro's own one in beijing").
    private const int MaxWords = 8;

    /// <summary>
    /// The last question with the follow-up's owner and place in its own, or null when the follow-up is no such ellipsis:
    /// it must end on a place ("in Beijing"), name one country or body before it, and say nothing else the last question
    /// did not say; the last question must name another owner, and a place or a thing the owner has ("its embassy").
    /// </summary>
    public static string? Swap(Question question, string previous, KnowledgeBase knowledge)
    {
        var english = question.Text.Trim().TrimEnd('?', ' ', '.', '!');
        if (question.WordList.Count > MaxWords || question.Years.Count > 0 || PlaceAtEnd(english, question.Lexicon) is not { } place)
        {
            return null;
        }

        var lead = english[..place.Index];
        var owners = Owners(lead, knowledge);
        if (owners.Count != 1 || PlaceIsMonth(place.Value))
        {
            return null;
        }

        var owner = owners[0];
        var (body, context) = Settle(previous);
        var prevWords = Words(body).ToHashSet(StringComparer.Ordinal);
        var ownerWords = Words(owner.Text).ToHashSet(StringComparer.Ordinal);
        var openers = question.Lexicon.Words(Cue.FollowUp);
        var pointers = question.Lexicon.Words(Cue.ThingPronoun);
        if (!Words(lead).All(w => FollowUpResolver.IsFiller(w) || openers.Contains(w) || pointers.Contains(w) || prevWords.Contains(w) || ownerWords.Contains(w) || w == "own"))
        {
            return null;
        }

        // The owner comes before the place; what follows the place ("open") stays as it was.
        var prevPlace = PlaceIn(body, question.Lexicon, knowledge);
        var prevLead = prevPlace is { } at ? body[..at.Index] : body;
        var tail = prevPlace is { } end ? Capitalised(place.Value) + body[(end.Index + end.Length)..] : string.Empty;
        var prevOwners = Owners(prevLead, knowledge);
        string swapped;
        if (prevOwners.Count == 1)
        {
            var old = prevOwners[0];
            if (old.Entity.Id == owner.Entity.Id)
            {
                return null;
            }

            swapped = ReplaceOwner(prevLead, old, owner.Entity, knowledge);
        }
        else if (prevOwners.Count == 0 && Its().Match(prevLead) is { Success: true } its
            && Owners(context, knowledge).Where(m => m.Entity.Id != Home).Select(m => m.Entity).DistinctBy(e => e.Id).ToList() is [var carried] && carried.Id != owner.Entity.Id)
        {
            // "its embassy" whose owner the context carried (China): the new owner's embassy.
            swapped = prevLead[..its.Index] + Possessive(owner.Entity) + prevLead[(its.Index + its.Length)..];
        }
        else
        {
            return null;
        }

        if (prevPlace is not null)
        {
            return swapped + tail + "?";
        }

        // "when did China open its embassy?" left its place unsaid: the follow-up's place is added to a thing someone owns.
        return Its().IsMatch(body) || swapped.Contains("'s", StringComparison.Ordinal) ? $"{swapped} in {Capitalised(place.Value)}?" : null;
    }

    // The question without a closing context in brackets ("(China, Montenegro)"), and that context.
    private static (string Body, string Context) Settle(string previous)
    {
        var text = previous.Trim().TrimEnd('?', ' ', '.', '!');
        var match = Bracketed().Match(text);
        return match.Success ? (text[..match.Index].TrimEnd(), match.Groups["inside"].Value) : (text, string.Empty);
    }

    // The countries and bodies a text names, as owners: Montenegro too, which questions otherwise leave out of their names.
    private static List<EntityMention> Owners(string text, KnowledgeBase knowledge) =>
        knowledge.Recognizer.Recognize(text).Where(m => m.Entity.Type is EntityType.Country or EntityType.Organisation).DistinctBy(m => m.Entity.Id).ToList();

    // The place a follow-up ends on ("in beijing"): the words after its last place preposition, no number among them.
    private static Group? PlaceAtEnd(string text, Lexicon lexicon)
    {
        var prepositions = string.Join('|', lexicon.Words(Cue.PlacePreposition).Select(Regex.Escape));
        var match = prepositions.Length == 0 ? Match.Empty
            : Regex.Match(text, $@"\b(?:{prepositions})\s+(?<place>(?:the\s+)?\p{{L}}[\p{{L}}'-]*(?:\s+\p{{L}}[\p{{L}}'-]*)?)$", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups["place"] : null;
    }

    // The first place the last question names after a place preposition: a name as the recognizer reads it, or one word.
    private static (int Index, int Length)? PlaceIn(string text, Lexicon lexicon, KnowledgeBase knowledge)
    {
        var prepositions = string.Join('|', lexicon.Words(Cue.PlacePreposition).Select(Regex.Escape));
        foreach (Match match in Regex.Matches(text, $@"\b(?:{prepositions})\s+(?<word>\p{{L}}[\p{{L}}'-]*)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)))
        {
            var word = match.Groups["word"];
            if (PlaceIsMonth(word.Value) || word.Value.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = text[word.Index..];
            var name = knowledge.Recognizer.Recognize(rest).FirstOrDefault(m => rest.StartsWith(m.Text, StringComparison.OrdinalIgnoreCase));
            return (word.Index, name?.Text.Length ?? word.Length);
        }

        return null;
    }

    private static bool PlaceIsMonth(string place) => Facts.FactDate.MonthOf(place.Split(' ')[^1]) is not null;

    // The last question's owner as the new one, in the same grammatical place: "China's" for "Montenegro's", "China" for a
    // subject, and "China's" for an adjective ("the Montenegrin embassy"), its article dropped.
    private static string ReplaceOwner(string body, EntityMention old, Entity owner, KnowledgeBase knowledge)
    {
        var adjective = knowledge.CountryOfAdjective(old.Text.ToLowerInvariant()) == old.Entity.Id;
        var written = old.Text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || adjective ? Possessive(owner) : owner.Name;
        var pattern = (adjective ? @"(?:\bthe\s+)?" : string.Empty) + $@"\b{Regex.Escape(old.Text)}(?!\w)";
        return Regex.Replace(body, pattern, written.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }

    private static string Possessive(Entity entity) => entity.Name + "'s";

    private static string Capitalised(string place) =>
        string.Join(' ', place.Split(' ').Select(w => w.Length == 0 || w == "the" ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\((?<inside>[^()]*)\)$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\bits\b", RegexOptions.IgnoreCase)]
    private static partial Regex Its();
}
