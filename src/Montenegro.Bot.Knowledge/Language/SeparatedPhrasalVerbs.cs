namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// The lexicon's phrasal verbs said with their object between verb and particle: "did Montenegro hand Senin over" is "did
/// Montenegro extradite Senin", as "hand over Senin" is. A two-word paraphrase form is a phrasal verb when it ends in a
/// separable particle and the lexicon also lists it with another regular form of its first word ("hand over", "hands over"),
/// which tells a verb from a noun ("vote no", "votes no": the "no" of "votes did the no side win" is not the vote's).
/// </summary>
internal sealed class SeparatedPhrasalVerbs
{
    // "hand the former colonel over": an object longer than this is more likely a clause of its own.
    private const int MaxObjectWords = 3;

    private readonly HashSet<string> _forms = new(StringComparer.Ordinal);

    /// <summary>Finds the phrasal verbs among <paramref name="forms"/> (folded paraphrase forms) ending in one of <paramref name="particles"/>.</summary>
    public SeparatedPhrasalVerbs(IEnumerable<string> forms, IReadOnlySet<string> particles)
    {
        var twoWord = forms.Select(f => f.Split(' ')).Where(w => w.Length == 2 && particles.Contains(w[1])).ToList();
        var known = twoWord.Select(w => (w[0], w[1])).ToHashSet();
        foreach (var words in twoWord)
        {
            if (WordForms.OtherFormsOf([words[0]]).Any(other => other != words[0] && known.Contains((other, words[1]))))
            {
                _forms.Add(words[0] + " " + words[1]);
            }
        }
    }

    /// <summary>
    /// The phrasal verb starting at word <paramref name="at"/> of <paramref name="words"/> with 1 to 3 object words before its
    /// particle: the form ("hand over") and how many object words stand between; or null.
    /// </summary>
    public (string Form, int ObjectWords)? At(IReadOnlyList<string> words, int at)
    {
        for (var objectWords = 1; objectWords <= MaxObjectWords && at + objectWords + 1 < words.Count; objectWords++)
        {
            var form = words[at] + " " + words[at + objectWords + 1];
            if (_forms.Contains(form))
            {
                return (form, objectWords);
            }
        }

        return null;
    }
}
