using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>
/// Finds where a sentence names entities, with the <see cref="EntityRecognizer"/> read word by word so that
/// every mention has its place (the recognizer itself reports each entity once). A source's text is
/// written with capitals, so typo-tolerant matches are left out, and so are names that are not actors:
/// a capital as a place ("the Canadian Embassy in Belgrade") and a leaning ("pro-Russian parties").
/// </summary>
internal sealed class EntityLocator(EntityRecognizer recognizer, IReadOnlySet<string> firstWords, IReadOnlySet<string> locations)
{
    // Longer than any alias ("Saint Vincent and the Grenadines", "Centre for Democracy and Human Rights").
    private const int Window = 8;

    private const int MaxAcronymLength = 5;

    /// <summary>The folded first words of the names and aliases of <paramref name="entities"/>.</summary>
    public static HashSet<string> FirstWordsOf(IEnumerable<Entities.Entity> entities) =>
        entities.SelectMany(e => e.AllNames).Select(n => Token.Split(n).FirstOrDefault().Lower).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>The entities <paramref name="tokens"/> of <paramref name="sentence"/> name, in order, each occurrence.</summary>
    public List<LocatedMention> Locate(string sentence, IReadOnlyList<Token> tokens)
    {
        var mentions = new List<LocatedMention>();
        for (var i = 0; i < tokens.Count;)
        {
            // Only a word that opens some name can start a mention: the recognizer is asked about few windows.
            if (!firstWords.Contains(tokens[i].Lower))
            {
                i++;
                continue;
            }

            var last = Math.Min(tokens.Count - 1, i + Window - 1);
            var window = sentence[tokens[i].Start..tokens[last].End];
            var first = recognizer.Recognize(window).FirstOrDefault();
            var length = first is { IsExact: true } ? LengthAt(tokens, i, first.Text) : 0;
            if (length == 0)
            {
                i++;
                continue;
            }

            var mention = new LocatedMention(first!.Entity, i, i + length - 1);
            if (IsActor(sentence, tokens, mention, first.Text))
            {
                mentions.Add(mention);
            }

            i += length;
        }

        return mentions;
    }

    // How many words from i the recognizer's match covers, or 0 when it matched something further on.
    private static int LengthAt(IReadOnlyList<Token> tokens, int i, string matched)
    {
        var words = matched.Split(' ');
        if (i + words.Length > tokens.Count)
        {
            return 0;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(words[k], Sources.TextFolding.FoldToAscii(tokens[i + k].Text), StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }
        }

        return words.Length;
    }

    private bool IsActor(string sentence, IReadOnlyList<Token> tokens, LocatedMention mention, string matched)
    {
        // Source text capitalises names: a short lower-case match is an ordinary word ("un", "eu").
        if (matched.Length <= MaxAcronymLength && !matched.Any(char.IsUpper))
        {
            return false;
        }

        var previous = mention.First > 0 ? tokens[mention.First - 1] : (Token?)null;
        if (previous is { } p && p.Lower is "pro" or "anti" && p.End < sentence.Length && sentence[p.End] == '-')
        {
            return false;
        }

        var isPlace = locations.Contains(Sources.TextFolding.FoldToAscii(matched).ToLowerInvariant());
        return !(isPlace && previous is { Lower: "in" or "at" or "from" or "to" });
    }
}
