using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// Keeps a follow-up on the country the conversation is about: "when were relations actually established?" after questions
/// on Canada's recognition names no country, and answered as it stands it finds another country's relations. Such a
/// follow-up, when its answer names another country and not that one, is asked again with that country named, and that
/// answer is taken when it names the country.
/// </summary>
internal static class ConversationSubject
{
    // How far back a named country still sets the subject ("who did he write to?" names none, the question before did).
    private const int TurnsBack = 3;

    private const string Home = "montenegro";

    /// <summary>
    /// The answer to <paramref name="english"/> asked about the conversation's country, when the question names nothing of
    /// its own and asks for no name, its answer names other countries but not that one, and the answer asked with the
    /// country named names it or declines; null otherwise.
    /// </summary>
    public static (string Text, Answer Answer)? Keep(string english, Question asked, Answer answer, Conversation conversation,
        KnowledgeBase knowledge, Func<string, Answer> ask)
    {
        // A question that asks for a name ("who came next?", "which country was first?") may well be answered by another country.
        if (!answer.Answered || asked.Entities.Count > 0 || asked.Years.Count > 0 || asked.Has(Cue.Who) || AsksWhichName(asked)
            || Of(conversation, knowledge) is not { } subject)
        {
            return null;
        }

        var named = CountriesIn(answer, knowledge);
        if (named.Count == 0 || named.Contains(subject.Id))
        {
            return null;
        }

        var text = $"{english.TrimEnd('?', ' ', '.', '!')} ({subject.Name})?";
        var kept = ask(text);
        if (kept.Answered && CountriesIn(kept, knowledge).Contains(subject.Id))
        {
            return (text, kept);
        }

        // "Where is its embassy?" after Japan's recognition, which the sources leave out: China's embassy is no answer, but a
        // country the conversation named before ("what's the next step?" after Ukraine's mission and Russia's reaction) is
        // its topic too.
        var earlier = conversation.Turns.SelectMany(t => knowledge.Recognizer.Recognize(t.Frame.Text)).Select(m => m.Entity.Id);
        return !kept.Answered && !named.Overlaps(earlier) ? (text, kept) : null;
    }

    // "Which country", "which party", "which one": a name asked for, which another country may well be. "Which embassy" asks
    // for a thing of the conversation's country.
    internal static bool AsksWhichName(Question asked)
    {
        var words = asked.WordList;
        // "On which date", "in which year" ask for a time, not a name.
        var names = new[] { Cue.CountryFocus, Cue.GroupFocus, Cue.GenericFocus, Cue.Several }.SelectMany(asked.Lexicon.Words)
            .Except(asked.Lexicon.Words(Cue.TimeHead)).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, words.Count).Any(i => words[i] == "which" && (i + 1 == words.Count || names.Contains(words[i + 1]) || words[i + 1] is "one" or "ones" or "of"));
    }

    // The country (other than Montenegro) the latest of the last few questions named, as answered; null when none did,
    // or when that question named several countries, which leaves the subject open.
    private static Entity? Of(Conversation conversation, KnowledgeBase knowledge)
    {
        foreach (var turn in conversation.Turns.Reverse().Take(TurnsBack))
        {
            var countries = knowledge.Recognizer.Recognize(turn.Frame.Text)
                .Select(m => m.Entity).Where(e => e.Type == EntityType.Country && e.Id != Home).DistinctBy(e => e.Id).ToList();
            if (countries.Count > 0)
            {
                return countries.Count == 1 ? countries[0] : null;
            }
        }

        return null;
    }

    // The countries other than Montenegro that the answer's text or the title of the passage it quotes first
    // ("Montenegro-United States relations") names: an answer that names none may well be about the subject still.
    private static HashSet<string> CountriesIn(Answer answer, KnowledgeBase knowledge) =>
        knowledge.Recognizer.Recognize(answer.Sources.Count > 0 ? $"{answer.Text} {answer.Sources[0].Title}" : answer.Text)
            .Where(m => m.Entity.Type == EntityType.Country && m.Entity.Id != Home).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
}
