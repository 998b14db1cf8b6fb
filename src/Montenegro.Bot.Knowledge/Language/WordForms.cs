namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// The regular English forms of a word the bot knows: "visit" gives "visits", "visited", "visiting"; "senators" gives
/// "senator". A typo is as often of another form of a word the sources use ("visted" for "visited") as of the form they use.
/// </summary>
internal static class WordForms
{
    // Shorter words make forms that are as often other words ("bed" of "be").
    private const int MinStemLength = 4;

    private static readonly string[] Endings = ["s", "ed", "ing"];

    /// <summary>The other regular forms of <paramref name="words"/> (lower case): with an ending added or taken off.</summary>
    public static IEnumerable<string> OtherFormsOf(IEnumerable<string> words)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            foreach (var stem in StemsOf(word))
            {
                forms.Add(stem);
                foreach (var form in FormsOf(stem))
                {
                    forms.Add(form);
                }
            }
        }

        return forms;
    }

    // The word itself and what it is with a regular ending taken off ("visited" → "visit", "recognised" → "recognise"; "-s"
    // not after "s": "process" is no plural).
    private static IEnumerable<string> StemsOf(string word)
    {
        yield return word;
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= MinStemLength && word.EndsWith(ending, StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                // Which stems lost an "e" the form does not tell ("visit-ed", "recognis-ed"): both are tried.
                var stem = word[..^ending.Length];
                yield return stem;
                if (ending != "s")
                {
                    yield return stem + "e";
                }
            }
        }
    }

    // A stem with the regular endings: "-s", "-ed", "-ing", a final "e" dropped before "-ed" and "-ing" ("recognised").
    private static IEnumerable<string> FormsOf(string stem)
    {
        if (stem.Length < MinStemLength)
        {
            yield break;
        }

        yield return stem + "s";
        if (stem[^1] == 'e')
        {
            yield return stem + "d";
            yield return stem[..^1] + "ing";
        }
        else
        {
            yield return stem + "ed";
            yield return stem + "ing";
        }
    }
}
