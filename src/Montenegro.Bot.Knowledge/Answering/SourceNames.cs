using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The names the sources write as proper names: runs of two or more capitalised words, joined at most by "of" or "for"
/// ("Movement for Changes", "Socialist People's Party of Montenegro", "SNP CG"). A question that uses one of them names
/// that party, body or person, whatever ordinary words the name is made of.
/// </summary>
internal static partial class SourceNames
{
    private static readonly ConditionalWeakTable<KnowledgeBase, IReadOnlyList<SourceName>> NamesByKnowledge = new();

    /// <summary>Every name of the sources, longest first.</summary>
    public static IReadOnlyList<SourceName> Of(KnowledgeBase knowledge) => NamesByKnowledge.GetValue(knowledge, Build);

    /// <summary>The positions of <paramref name="words"/> (lower-case question words) that lie inside a name of the sources.</summary>
    public static bool[] Covered(IReadOnlyList<string> words, KnowledgeBase knowledge)
    {
        var covered = new bool[words.Count];
        foreach (var (start, length, _, _) in Find(words, knowledge))
        {
            Array.Fill(covered, true, start, length);
        }

        return covered;
    }

    /// <summary>
    /// The names of the sources <paramref name="words"/> use, with where they stand: a whole name or two or more of its words
    /// from one capitalised word to another ("Socialist People's Party" of "Socialist People's Party of Montenegro"); a
    /// longer one wins over one inside it.
    /// </summary>
    public static IEnumerable<(int Start, int Length, SourceName Name, string Written)> Find(IReadOnlyList<string> words, KnowledgeBase knowledge)
    {
        var parts = PartsByKnowledge.GetValue(knowledge, k => PartsOf(Of(k)));
        var taken = new bool[words.Count];
        for (var length = Math.Min(words.Count, MaxNameWords); length >= 2; length--)
        {
            for (var i = 0; i + length <= words.Count; i++)
            {
                if (!taken.Skip(i).Take(length).Any(t => t) && parts.TryGetValue(string.Join(" ", words.Skip(i).Take(length)), out var part))
                {
                    Array.Fill(taken, true, i, length);
                    yield return (i, length, part.Name, part.Written);
                }
            }
        }
    }

    private const int MaxNameWords = 12;

    private static readonly ConditionalWeakTable<KnowledgeBase, Dictionary<string, (SourceName Name, string Written)>> PartsByKnowledge = new();

    // Each part keeps its words as the sources write them ("People's"), which a question's split words ("people", "s") lose.
    private static Dictionary<string, (SourceName Name, string Written)> PartsOf(IReadOnlyList<SourceName> names)
    {
        var parts = new Dictionary<string, (SourceName, string)>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            for (var start = 0; start < name.Words.Count; start++)
            {
                for (var end = start + 2; end <= name.Words.Count; end++)
                {
                    if (name.Capitalised[start] && name.Capitalised[end - 1])
                    {
                        parts.TryAdd(string.Join(" ", name.Words.Skip(start).Take(end - start)), (name, WrittenPart(name, start, end)));
                    }
                }
            }
        }

        return parts;
    }

    // The words start..end of a name as written: "People's" is the words "people" and "s", joined again by their apostrophe.
    private static string WrittenPart(SourceName name, int start, int end)
    {
        var tokens = Token().Matches(name.Text).Select(m => m.Value).ToList();
        var index = 0;
        var written = new List<string>();
        foreach (var token in tokens)
        {
            var count = Word().Matches(token).Count;
            if (index >= start && index + count <= end)
            {
                written.Add(token);
            }

            index += count;
        }

        return string.Join(" ", written);
    }

    private static IReadOnlyList<SourceName> Build(KnowledgeBase knowledge)
    {
        // Running text only: a table row's headers ("Polling Firm/Source") are no names.
        var passages = knowledge.Passages.Where(p => p.Kind is Sources.PassageKind.Paragraph or Sources.PassageKind.List).Select(p => p.Text).ToList();
        // A capital at the start of a sentence says nothing: such a word counts only if the sources never write it in lower case.
        var lowerCase = passages.SelectMany(p => Token().Matches(p)).Select(m => m.Value).Where(w => char.IsLower(w[0])).ToHashSet(StringComparer.Ordinal);
        var names = new Dictionary<string, SourceName>(StringComparer.Ordinal);
        foreach (var (_, sentence) in passages.SelectMany(SentenceSplitter.Split))
        {
            // Punctuation or a line break between two words ends a name: "Romania, Turkey, Germany" are three.
            foreach (var piece in Break().Split(sentence))
            {
                AddNames(Token().Matches(piece).Select(m => m.Value).ToList(), piece == sentence || sentence.StartsWith(piece, StringComparison.Ordinal), lowerCase, names);
            }
        }

        return names.Values.OrderByDescending(n => n.Words.Count).ToList();
    }

    private static void AddNames(List<string> tokens, bool startsSentence, HashSet<string> lowerCase, Dictionary<string, SourceName> names)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var end = RunEnd(tokens, i);
            var start = i == 0 && startsSentence && end > i && lowerCase.Contains(tokens[0].ToLowerInvariant()) ? 1 : i;
            if (end - start >= 2 && tokens.Skip(start).Take(end - start).Count(IsCapitalised) >= 2)
            {
                var text = string.Join(" ", tokens.Skip(start).Take(end - start));
                var written = Word().Matches(text).Select(m => m.Value).ToList();
                var words = written.Select(w => w.ToLowerInvariant()).ToList();
                names.TryAdd(string.Join(" ", words), new SourceName(text, words, written.Select(w => char.IsUpper(w[0])).ToList()));
            }

            i = Math.Max(end, i + 1);
        }
    }

    // The end (exclusive) of the run of capitalised words starting at start, joined by "of" or "for" before another capital.
    private static int RunEnd(List<string> tokens, int start)
    {
        var end = start;
        while (end < tokens.Count)
        {
            if (IsCapitalised(tokens[end]))
            {
                end++;
            }
            else if (end > start && tokens[end] is "of" or "for" && end + 1 < tokens.Count && IsCapitalised(tokens[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool IsCapitalised(string token) => char.IsUpper(token[0]);

    [GeneratedRegex(@"[,;:()\[\]""“”!?\n\r\t–—]|\s-\s")]
    private static partial Regex Break();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’]*")]
    private static partial Regex Token();

    // As questions are split into words (Question.WordList).
    [GeneratedRegex(@"[\p{L}\p{N}%]+")]
    private static partial Regex Word();
}

/// <summary>A proper name as the sources write it, its lower-case words as a question's words are split, and which were capitalised.</summary>
internal sealed record SourceName(string Text, IReadOnlyList<string> Words, IReadOnlyList<bool> Capitalised);
