using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Which groups of people were mainly against NATO membership?": a question for the members of a set, answered by the
/// sentence that lists them and names the set ("… women and the undereducated are the main groups that do not support NATO
/// membership"). The sentence must name the kind asked (its plural noun), list several things, say everything else the
/// question asks, and take the side the question does: "against" is said by "do not support" as well as by "oppose", and a
/// list of those in favour answers no question about those against.
/// </summary>
internal sealed partial class ListSentenceStrategy(AnswerComposer composer) : IAnswerStrategy
{
    /// <summary>The answer's intent.</summary>
    public const string Intent = "list";

    // Words between the question word and the noun of the set ("which main groups", "what two parties").
    private const int MaxLeadWords = 2;

    // The shortest plural noun taken for a set ("ones", "its" are no sets).
    private const int MinNounLength = 5;

    private KnowledgeBase Knowledge => composer.Knowledge;

    private IReadOnlyList<ListedSentence>? _sentences;

    private IReadOnlyList<ListedSentence> Sentences => _sentences ??= ReadSentences();

    private IReadOnlySet<string>? _sideTerms;

    // The words of taking a side, denying and generic focus, as the analyzer reads them: they say which side of the set is
    // asked, or nothing, and are no word a listing sentence must say.
    private IReadOnlySet<string> SideTerms => _sideTerms ??= new[] { Cue.StanceFor, Cue.StanceAgainst, Cue.Negation, Cue.GenericFocus, Cue.Support, Cue.Opposition }
        .SelectMany(Knowledge.Lexicon.Phrases).SelectMany(p => p).SelectMany(Knowledge.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);

    public Answer? TryAnswer(Question question)
    {
        if (SetNoun(question) is not { } noun)
        {
            return null;
        }

        var side = Side(question.WordList);
        var ignored = new HashSet<string>(SideTerms, StringComparer.Ordinal);
        var nounTerms = Knowledge.Analyzer.Terms(noun).ToHashSet(StringComparer.Ordinal);
        // An adverb of degree ("mainly", "mostly") qualifies what is asked without naming it.
        ignored.UnionWith(question.WordList.Where(w => w.Length > MinNounLength && w.EndsWith("ly", StringComparison.Ordinal)).SelectMany(Knowledge.Analyzer.Terms));
        // Montenegro is what every source is about: a sentence need not name it to be about it.
        var asked = question.ContentTerms.Where(t => !ignored.Contains(t) && !nounTerms.Contains(t) && t != "montenegro").ToList();
        var found = Sentences
            .Where(s => s.Nouns.Any(n => nounTerms.Contains(n.Term) && (side is null || n.Side == side))
                && asked.All(t => question.Covers(t, s.Terms)))
            .ToList();
        if (found.Count != 1)
        {
            // Two sentences that each list some of a set are no one answer to be sure of.
            return null;
        }

        // A sentence read as one fact is told as the fact is, with its date ("On August 28 (2006), six U.S. Senators ...").
        var sentence = found[0];
        var facts = Knowledge.Facts.Where(f => f.PassageId == sentence.PassageId && f.Evidence.Count > 0 && sentence.Text.Contains(f.Evidence[0], StringComparison.Ordinal)).ToList();
        return facts.Count == 1
            ? composer.FromFacts(Intent, "Listed in my sources", facts, question)
            : new Answer(true, Intent, "Listed in my sources", sentence.Text, [], [composer.Source(sentence.PassageId, question)], []);
    }

    // The plural noun a "which" question asks members of: "which groups", "what main parties", "name the summits".
    private string? SetNoun(Question question)
    {
        var words = question.WordList;
        if (words is not ["which" or "what", ..])
        {
            return null;
        }

        var countries = Knowledge.Lexicon.Words(Cue.CountryFocus);
        return words.Skip(1).Take(MaxLeadWords + 1)
            .FirstOrDefault(w => w.Length >= MinNounLength && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !countries.Contains(w));
    }

    // The side a run of words takes: against when it opposes or denies support ("do not support"), for when it supports;
    // null when it takes none.
    private bool? Side(IReadOnlyList<string> words)
    {
        var lexicon = Knowledge.Lexicon;
        var against = words.Any(lexicon.Words(Cue.StanceAgainst).Contains);
        var denied = words.Any(lexicon.Words(Cue.Negation).Contains);
        var forIt = words.Any(lexicon.Words(Cue.StanceFor).Contains);
        return against || (forIt && denied) ? false : forIt ? true : null;
    }

    private List<ListedSentence> ReadSentences()
    {
        var sentences = new List<ListedSentence>();
        foreach (var passage in Knowledge.Passages.Where(p => p.Kind == Sources.PassageKind.Paragraph))
        {
            foreach (var (_, sentence) in SentenceSplitter.Split(passage.Text))
            {
                var text = sentence.Trim();
                if (Enumeration().Matches(text).Count < 2 || !text.Contains(" and ", StringComparison.Ordinal))
                {
                    continue;
                }

                var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
                // The side is the one taken next to the noun ("the main groups that do not support"): a sentence may say what
                // some of its things are for and what others are against ("37.3 percent against, with sharp divisions between
                // ethnic groups: … support membership").
                var nouns = words.Select((w, i) => (Word: w, At: i))
                    .Where(x => x.Word.Length >= MinNounLength && x.Word.EndsWith('s'))
                    .SelectMany(x => Knowledge.Analyzer.Terms(x.Word).Select(t => new ListedNoun(t, Side(words.Skip(x.At - SideWindow).Take(SideWindow * 2 + 1).ToList()))))
                    .ToList();
                sentences.Add(new ListedSentence(text, passage.Id, Knowledge.Analyzer.Terms(text).ToHashSet(StringComparer.Ordinal), nouns));
            }
        }

        return sentences;
    }

    // A comma between two items of a list.
    [GeneratedRegex(@"\w,\s+\p{L}")]
    private static partial Regex Enumeration();

    // As questions are split into words (Question.WordList).
    [GeneratedRegex(@"[\p{L}\p{N}%]+")]
    private static partial Regex Word();

    // How many words either side of a noun say which side it takes.
    private const int SideWindow = 4;

    // A sentence that lists things: its text, passage, terms, and its plural nouns.
    private sealed record ListedSentence(string Text, string PassageId, IReadOnlySet<string> Terms, IReadOnlyList<ListedNoun> Nouns);

    // A plural noun of a sentence, as its term, with the side the words next to it take (null: none).
    private sealed record ListedNoun(string Term, bool? Side);
}
