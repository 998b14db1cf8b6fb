using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Splits a question that asks several things ("When was X invited, and when did it join?") into its
/// parts: at ", and", ";" or "?" where a new question word follows, or a preposition and one ("and at which summit").
/// "Between A and B" is one question; so is one with a relative clause between commas ("the officer, previously expelled,
/// who was involved"). "The dates of A, B and C" is one question about each.
/// </summary>
internal static partial class MultiPartQuestion
{
    private const int MinPartWords = 3;

    // The words a question of its own starts with.
    private const string QuestionWord = @"(?:when|what|who|whom|which|why|where|how|did|does|was|were|is|are|has|have)";

    /// <summary>
    /// The parts of <paramref name="question"/>, or null when it asks one thing. A short topic put first ("Adriatic Charter:")
    /// is every part's; a longer lead-in before the first question ("I'm covering the parliament's decision on the Ukraine
    /// mission.", "For a piece I'm writing, could you summarise the 2022 expulsions:") is returned as the scene the parts are
    /// asked in, for the caller to take as what was said before them; a clause before a comma ("In the December 2015 poll,")
    /// is put before every part. Loose says a cut was made only at a bare "and" before a question that points back ("and
    /// what did it find"), or after a topic or clause the whole was once asked with: the whole may still be one question its
    /// answer tells entire.
    /// </summary>
    public static (IReadOnlyList<string> Parts, string? Scene, bool Loose)? Split(string question, Lexicon lexicon)
    {
        var topic = Topic().Match(question);
        if (topic.Success && topic.Groups["pre"].Success && !lexicon.Words(Cue.Preposition).Contains(topic.Groups["pre"].Value.ToLowerInvariant()))
        {
            topic = Match.Empty;
        }

        var shortTopic = topic.Success && topic.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTopicWords && !IsWritersLeadIn(topic.Value, lexicon);
        var prefix = shortTopic ? topic.Value : string.Empty;
        var asked = topic.Success ? question[topic.Length..] : question;
        var scene = topic.Success && !shortTopic ? topic.Value.TrimEnd(' ', ':') : null;

        // "On Russia: in which year ...": a topic before a preposition and its question word was taken for a part before;
        // the whole question stays the answer when it tells what a part cannot.
        var widened = topic.Success && topic.Groups["pre"].Success;
        var lead = Lead().Match(asked);
        if (lead.Success)
        {
            asked = asked[lead.Length..];
            scene = (scene is null ? string.Empty : scene + ". ") + lead.Value.Trim();
        }
        else if (ClauseLead().Match(asked) is { Success: true } clause && !AsksSomething().IsMatch(clause.Value)
            && (!clause.Groups["pre"].Success || lexicon.Words(Cue.Preposition).Contains(clause.Groups["pre"].Value.ToLowerInvariant())))
        {
            // "In the December 2015 poll, how many opposed it, and how many were undecided?", "For a story on the 2009
            // campaign, which agency ran it and ...": a clause that asks nothing, before the first question, qualifies every
            // part, each asked with it as a question of its own would be.
            asked = asked[clause.Length..];
            prefix += clause.Value;
            widened = true;
        }

        var (parts, loose) = Parts(asked, lexicon);
        if (parts.Count < 2 || parts.Any(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinPartWords || !AsksSomething().IsMatch(StripPreposition(p, lexicon))))
        {
            (parts, loose) = (ListedItems(asked, lexicon), false);
            if (parts.Count < 2)
            {
                return null;
            }
        }

        parts = parts.Select((p, i) => i == 0 ? p : WithoutTieBack(p, lexicon)).ToList();
        return (parts.Select(p => prefix + (p.EndsWith('?') ? p : p + "?")).ToList(), scene, loose || widened);
    }

    // "..., and what was Rumsfeld seeking when he came afterwards?": a later part that ends by placing itself after the part
    // before asks that part's sequel; asked alone, the tie-back word is no thing its passage names ("soon after the visit").
    // Kept when too little would be left to ask something.
    private static string WithoutTieBack(string part, Lexicon lexicon)
    {
        var trimmed = part.TrimEnd('?', '.', '!', ' ');
        foreach (var phrase in lexicon.Phrases(Cue.TieBack).OrderByDescending(p => p.Length))
        {
            var tail = " " + string.Join(' ', phrase);
            if (trimmed.EndsWith(tail, StringComparison.OrdinalIgnoreCase) && trimmed[..^tail.Length] is var rest
                && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinPartWords && AsksSomething().IsMatch(StripPreposition(rest, lexicon)))
            {
                return rest + (part.EndsWith('?') ? "?" : string.Empty);
            }
        }

        return part;
    }

    // "I need three dates:", "two things for you:": a few words before a colon that speak of the writer or count what is
    // asked are the writer's lead-in, said before the parts, not a topic every part is about ("Adriatic Charter:").
    private static bool IsWritersLeadIn(string topic, Lexicon lexicon)
    {
        var words = TopicWord().Matches(topic).Select(m => m.Value.ToLowerInvariant()).ToList();
        return words.Any(w => lexicon.Words(Cue.SpeakerWord).Contains(w) || lexicon.Words(Cue.NumberWord).Contains(w) || w.All(char.IsAsciiDigit));
    }

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex TopicWord();

    // The question cut at its boundaries. A preposition may stand between the boundary and the question word ("and at which
    // summit"), but no other word. A bare comma before a word that also opens a relative clause ("the officer, who was
    // involved") cuts only in a list of questions, one that goes on to another boundary ("when did A, when did B, and how
    // many years apart"): otherwise the clause says more about the noun before it.
    private static (List<string> Parts, bool Loose) Parts(string asked, Lexicon lexicon)
    {
        var prepositions = lexicon.Words(Cue.Preposition);
        var boundaries = Boundary().Matches(asked)
            .Where(m => !m.Groups["pre"].Success || Qualifies(m.Groups["pre"].Value, prepositions))
            .ToList();
        var firm = boundaries
            .Where((m, i) => !(m.Groups["bare"].Success && RelativeWord().IsMatch(asked[(m.Index + m.Length)..]) && !boundaries.Skip(i + 1).Any(n => !n.Groups["bare"].Success)))
            .ToList();
        var cuts = firm
            .Concat(AndQuestion().Matches(asked).Where(m => (!m.Groups["pre"].Success || prepositions.Contains(m.Groups["pre"].Value.ToLowerInvariant()))
                && PointsBack(asked[(m.Index + m.Length)..], lexicon)))
            .OrderBy(m => m.Index)
            .ToList();

        var parts = new List<string>();
        var from = 0;
        foreach (var cut in cuts)
        {
            parts.Add(asked[from..cut.Index]);
            from = cut.Index + cut.Length;
        }

        parts.Add(asked[from..]);
        return (parts.Select(p => p.Trim(' ', ',', ';')).Where(p => p.Length > 0).ToList(), firm.Count == 0 && cuts.Count > 0);
    }

    // "who threatened Montenegro with Russian missiles and what party is he in": a bare "and" before "what", "which", "who"
    // or "how" joins two questions when the second has a subject or object of its own that points back ("he", "it", "they")
    // past its question word and the word after it ("which one" asks for one of the things just named, in the same question).
    // Without one, the "and" may join two things the one question asks about ("the poll between May and which month").
    // A second part with a verb of its own past its question word and noun ("and which theatre director was in charge") is
    // a question of its own as well: "the poll between May and which month" has none.
    private static bool PointsBack(string rest, Lexicon lexicon)
    {
        var clause = ClauseEnd().Split(rest, 2)[0];
        return TopicWord().Matches(clause).Skip(2).Select(w => w.Value.ToLowerInvariant())
            .Any(w => lexicon.Words(Cue.ReferringPronoun).Contains(w) || lexicon.Words(Cue.PassiveAuxiliary).Contains(w) || (w != "to" && lexicon.Words(Cue.VerbMarker).Contains(w)));
    }

    // A word between a boundary and the question word: a preposition ("and at which summit") or an adverb that hedges or
    // sharpens the question ("and roughly how long", "and exactly when"), not a noun the question word would follow.
    private static bool Qualifies(string word, IReadOnlySet<string> prepositions)
    {
        var lower = word.ToLowerInvariant();
        return prepositions.Contains(lower) || (lower.Length > MinAdverbLength && lower.EndsWith("ly", StringComparison.Ordinal));
    }

    // "only", "July": shorter "-ly" words are seldom adverbs of manner or degree.
    private const int MinAdverbLength = 4;

    private static string StripPreposition(string part, Lexicon lexicon)
    {
        var space = part.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && lexicon.Words(Cue.Preposition).Contains(part[..space].ToLowerInvariant()) ? part[(space + 1)..] : part;
    }

    // "Give me the date of the referendum, the declaration and UN admission": one question about each thing listed after
    // "the date of" (a word of the when cue), when the list has commas or the word is plural ("the dates of A and B"). A
    // single "and" after a singular word may join one name ("the date of relations between Montenegro and China").
    private static List<string> ListedItems(string asked, Lexicon lexicon)
    {
        var match = DateList().Match(asked);
        if (!match.Success)
        {
            return [];
        }

        var head = match.Groups["head"].Value.ToLowerInvariant();
        var plural = head.EndsWith('s') && lexicon.Words(Cue.When).Contains(head[..^1]);
        if (!plural && !lexicon.Words(Cue.When).Contains(head))
        {
            return [];
        }

        var list = match.Groups["list"].Value.TrimEnd('?', '.', '!', ' ');
        var items = ListSeparator().Split(list).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        if (items.Count < 2 || (!plural && !list.Contains(',', StringComparison.Ordinal)) || items.Any(i => i.Split(' ').Length > MaxItemWords))
        {
            return [];
        }

        var lead = match.Groups["lead"].Value;
        if (plural)
        {
            lead = lead[..match.Groups["head"].Index] + head[..^1] + lead[(match.Groups["head"].Index + head.Length)..];
        }

        return items.Select(i => lead + i).ToList();
    }

    // A listed thing is a noun phrase: "the independence referendum", "UN admission"; a longer one is a clause of its own.
    private const int MaxItemWords = 6;

    // "Adriatic Charter:", "NATO polls:": a name or two; more words are a writer's lead-in.
    private const int MaxTopicWords = 4;

    // Whole sentences that ask nothing, before the sentence that does.
    [GeneratedRegex(@"^(?:[^?.!]{8,200}[.!]\s+)+(?=" + QuestionWord + @"\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    // A few words and a colon before the first question word, or a preposition and one ("On Russia: in which year").
    [GeneratedRegex(@"^[^:?.!]{2,100}:\s*(?=(?:(?<pre>(?!" + QuestionWord + @"\b)[a-z]+)\s+)?" + QuestionWord + @"\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Topic();

    // A clause and a comma before the first question word, or a preposition and one ("As I'm checking a feature on the
    // enlargement, where exactly did ..."); the caller makes sure the clause asks nothing itself.
    [GeneratedRegex(@"^[^?.!,:;]{8,200},\s+(?=(?:(?<pre>(?!" + QuestionWord + @"\b)[a-z]+)\s+)?" + QuestionWord + @"\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseLead();

    // Each part must be a question of its own: "In the poll table, which poll..." is one question.
    [GeneratedRegex("^" + QuestionWord + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksSomething();

    // ", and when", "; who", "? How", ", which" and, before when, where or why, a bare "and": "when did the talks start and
    // when did they end".
    [GeneratedRegex(@"(?:,\s*and\s+|;\s*|\?\s+|(?<bare>,\s+))(?:(?<pre>(?!" + QuestionWord + @"\b)[a-z]+)\s+)?(?=" + QuestionWord + @"\b)|\s+and\s+(?=(?:when|where|why)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    // A bare "and" before a question word other than when, where or why: a boundary only when the part after it points
    // back (see PointsBack).
    [GeneratedRegex(@"(?<![,;\s])\s+and\s+(?:(?<pre>(?!" + QuestionWord + @"\b)[a-z]+)\s+)?(?=(?:what|which|who|whom|how)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AndQuestion();

    // Where the clause after a boundary ends.
    [GeneratedRegex(@"[?;,.!]")]
    private static partial Regex ClauseEnd();

    // Words that open a relative clause as well as a question.
    [GeneratedRegex(@"^(?:who|whom|whose|which|where|when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeWord();

    // "... the date(s) of" and the list after it.
    [GeneratedRegex(@"^(?<lead>.*?\b(?<head>[a-z]+)\s+of\s+)(?<list>[^,]+(?:,[^,]+)*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateList();

    // ", ", ", and " or " and " between listed things.
    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();
}
