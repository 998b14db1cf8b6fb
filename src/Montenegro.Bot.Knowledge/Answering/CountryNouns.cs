using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The words for a country ("state", "nation") that a question uses as nouns ("a NATO member state", "the new state"), not
/// as verbs ("did the minister state"): a noun names a country, not the statement a verb of the same stem names ("stated").
/// </summary>
internal static partial class CountryNouns
{
    // How far back an article may stand before the noun it opens ("a NATO member state").
    private const int MaxWordsAfterArticle = 4;

    /// <summary>The words of <paramref name="text"/>, written in lower case, of <see cref="Cue.CountryFocus"/> that stand as nouns.</summary>
    public static IReadOnlySet<string> In(string text, Lexicon lexicon)
    {
        var written = Word().Matches(text).Select(m => m.Value).ToList();
        var words = written.Select(w => w.ToLowerInvariant()).ToList();
        var countries = lexicon.Words(Cue.CountryFocus);
        var markers = lexicon.Words(Cue.VerbMarker).Union(lexicon.Words(Cue.PassiveAuxiliary)).ToHashSet(StringComparer.Ordinal);
        var doSupport = lexicon.Words(Cue.VerbMarker);
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        for (var at = 1; at < words.Count; at++)
        {
            // A capitalised one is part of a name ("the United States"), which the name's own reading covers.
            if (countries.Contains(words[at]) && !char.IsUpper(written[at][0]) && OpensANoun(words, at, lexicon.Articles, markers, doSupport))
            {
                nouns.Add(words[at]);
            }
        }

        return nouns;
    }

    // An article before the word, with no verb marker between, opens the noun phrase it ends. After "did the", the next word
    // is the subject and the one after it the verb ("did the minister state"), unless it is a plural ("did the member states").
    private static bool OpensANoun(List<string> words, int at, IReadOnlySet<string> articles, IReadOnlySet<string> markers, IReadOnlySet<string> doSupport)
    {
        for (var back = at - 1; back >= Math.Max(0, at - MaxWordsAfterArticle); back--)
        {
            if (markers.Contains(words[back]))
            {
                return false;
            }

            if (articles.Contains(words[back]))
            {
                return back == 0 || !markers.Contains(words[back - 1])
                    || (doSupport.Contains(words[back - 1]) && (back == at - 1 || words[at].EndsWith('s')));
            }
        }

        return false;
    }

    [GeneratedRegex(@"[\p{L}\p{N}%]+")]
    private static partial Regex Word();
}
