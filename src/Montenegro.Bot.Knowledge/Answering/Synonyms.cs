using System.Runtime.CompilerServices;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// A question's word said by a text in other words the lexicon gives: another word of its synonym group ("troops" by
/// "soldiers", "operative" by "officer"), or, for a region's name ("Africa"), the name of a state the data places in it
/// ("Liberia"). Only what the data says: no region holds a state the lexicon does not list under it.
/// </summary>
internal static class Synonyms
{
    // Built once a knowledge base: analysing the groups' words for every term of every question would cost more than the rest.
    private static readonly ConditionalWeakTable<KnowledgeBase, Dictionary<string, List<string[]>>> Built = [];

    /// <summary>Whether <paramref name="textTerms"/> hold every analysed term of some other name of <paramref name="term"/>.</summary>
    public static bool Cover(KnowledgeBase knowledge, string term, IReadOnlySet<string> textTerms) =>
        Built.GetValue(knowledge, Build).TryGetValue(term, out var others) && others.Any(other => other.All(textTerms.Contains));

    /// <summary>
    /// <paramref name="covered"/> (the question's terms a text holds) with the question's terms the text says in other words:
    /// a text that says "40 soldiers" covers the "troops" of "how many troops", and one that names NATO covers "the alliance"
    /// of a question that calls it so.
    /// </summary>
    public static IReadOnlySet<string> Extend(Question question, IReadOnlySet<string> covered, string text)
    {
        if (question.Knowledge is not { } knowledge)
        {
            return covered;
        }

        var others = Built.GetValue(knowledge, Build);
        var missing = question.ContentTerms.Where(t => !covered.Contains(t)).ToList();
        if (missing.Count == 0)
        {
            return covered;
        }

        var textTerms = knowledge.Analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);
        var said = missing.Where(t => others.ContainsKey(t) && Cover(knowledge, t, textTerms)).ToList();
        said.AddRange(NamedOtherwise(question, knowledge, missing.Except(said).ToList(), text));
        return said.Count == 0 ? covered : covered.Concat(said).ToHashSet(StringComparer.Ordinal);
    }

    // The question's missing terms that are the words of a name it gives an entity ("alliance" for NATO, "Podgorica's
    // government") which the text names by another of its names: the text speaks of the same thing, so the words are said.
    private static IEnumerable<string> NamedOtherwise(Question question, KnowledgeBase knowledge, IReadOnlyList<string> missing, string text)
    {
        if (missing.Count == 0 || question.Entities.Count == 0)
        {
            return [];
        }

        var nameTerms = question.Entities
            .Select(m => (m.Entity.Id, Terms: knowledge.Analyzer.Terms(m.Text)))
            .Where(m => m.Terms.Any(missing.Contains))
            .ToList();
        if (nameTerms.Count == 0)
        {
            return [];
        }

        // Only a text naming everyone the question names speaks of the same things: "when did the alliance invite Serbia" is
        // not said by a sentence that names the alliance alone.
        var named = knowledge.Recognizer.Recognize(text).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        if (!question.Entities.All(m => m.Entity.Id == "montenegro" || named.Contains(m.Entity.Id)))
        {
            return [];
        }

        return nameTerms.Where(m => named.Contains(m.Id)).SelectMany(m => m.Terms).Where(missing.Contains).Distinct(StringComparer.Ordinal).ToList();
    }

    private static Dictionary<string, List<string[]>> Build(KnowledgeBase knowledge)
    {
        var others = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        void Add(string word, IEnumerable<string> names)
        {
            // A word the analyser makes several terms of ("military personnel") is no one term a question could hold.
            if (knowledge.Analyzer.Terms(word) is not [var term])
            {
                return;
            }

            if (!others.TryGetValue(term, out var list))
            {
                others[term] = list = [];
            }

            list.AddRange(names.Select(name => knowledge.Analyzer.Terms(name).ToArray()).Where(terms => terms.Length > 0 && !terms.SequenceEqual([term])));
        }

        foreach (var group in knowledge.Lexicon.SynonymGroups)
        {
            foreach (var word in group)
            {
                Add(word, group.Where(other => other != word));
            }
        }

        foreach (var (region, states) in knowledge.Lexicon.Regions)
        {
            Add(region, states);
        }

        return others;
    }
}
