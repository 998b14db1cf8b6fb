using System.Text;
using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// Reads what the chat register writes that no word-for-word paraphrase can: a tag asking for agreement at the end of a
/// clause ("… back to Russia right? what's the story") and a year written with two digits ("since like 91", "back in '06").
/// Both depend on where the words stand (before a question mark, after "since"), which a paraphrase's form cannot say.
/// </summary>
internal sealed partial class ChatRegister
{
    private readonly IReadOnlyList<string[]> _tags;
    private readonly IReadOnlyList<string[]> _yearLeads;
    private readonly IReadOnlySet<string> _fillers;
    private readonly IReadOnlySet<string> _describedAfter;
    private readonly IReadOnlySet<int> _years;

    // A year the sources name is read from two digits only as one of these centuries: the sources run from the 1870s to now.
    private static readonly int[] Centuries = [1900, 2000];

    /// <summary>Creates a reader of the chat register.</summary>
    /// <param name="lexicon">The lexicon with the tag, year-lead and filler cues.</param>
    /// <param name="sourceYears">The years the sources name: "91" is read as 1991 only when they name 1991 and not 2091.</param>
    public ChatRegister(Lexicon lexicon, IEnumerable<int> sourceYears)
    {
        _tags = lexicon.Phrases(Cue.TagQuestion);
        _yearLeads = lexicon.Phrases(Cue.ShortYearLead);
        _fillers = lexicon.Words(Cue.ChatFiller);
        // "which party is on the right?": after an article or a preposition the word is a noun, not a tag.
        _describedAfter = lexicon.Articles.Union(lexicon.Words(Cue.Preposition)).Union(lexicon.Words(Cue.PlacePreposition)).ToHashSet(StringComparer.Ordinal);
        _years = sourceYears.ToHashSet();
    }

    /// <summary>
    /// <paramref name="text"/> without its tag questions and with its two-digit years in four digits; the same instance when
    /// it has neither.
    /// </summary>
    public string Read(string text) => Edit(Edit(text, readsTags: true), readsTags: false);

    // One pass over the words: the tags first, so that a year they followed ends its phrase ("since '91 huh").
    private string Edit(string text, bool readsTags)
    {
        var words = WordPattern().Matches(text).ToList();
        var lower = words.Select(m => m.Value.ToLowerInvariant()).ToList();
        var edits = new List<(int Start, int Length, string With)>();
        for (var i = 1; i < words.Count; i++)
        {
            if (readsTags && TagAt(text, words, lower, i) is { } tagWords)
            {
                // From the end of the word before, so "Russia right?" becomes "Russia?".
                var start = words[i - 1].Index + words[i - 1].Length;
                var last = words[i + tagWords - 1];
                edits.Add((start, last.Index + last.Length - start, string.Empty));
                i += tagWords - 1;
            }
            else if (!readsTags && YearAt(text, words, lower, i) is { } year)
            {
                var apostrophe = IsApostrophe(text, words[i].Index - 1) ? 1 : 0;
                edits.Add((words[i].Index - apostrophe, words[i].Length + apostrophe, year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        if (edits.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder();
        var at = 0;
        foreach (var (start, length, with) in edits)
        {
            sb.Append(text, at, start - at).Append(with);
            at = start + length;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }

    // The number of words of a tag question starting at word `i`: a tag phrase ending the clause (a question mark, comma or
    // full stop after it, or the end of the text), after a word it cannot be the object of.
    private int? TagAt(string text, List<Match> words, List<string> lower, int i)
    {
        if (_describedAfter.Contains(lower[i - 1]))
        {
            return null;
        }

        foreach (var tag in _tags)
        {
            if (i + tag.Length > words.Count || !tag.SequenceEqual(lower.Skip(i).Take(tag.Length)))
            {
                continue;
            }

            var end = words[i + tag.Length - 1].Index + words[i + tag.Length - 1].Length;
            var rest = text.AsSpan(end).TrimStart();
            if (rest.IsEmpty || rest[0] is '?' or ',' or '.' or '!')
            {
                return tag.Length;
            }
        }

        return null;
    }

    // The year two digits at word `i` stand for: after an apostrophe ("'91"), or after a lead ("since", "back in") with at most
    // one filler between ("since like 91") and ending the phrase; only a year the sources name in one century.
    private int? YearAt(string text, List<Match> words, List<string> lower, int i)
    {
        if (lower[i].Length != 2 || !lower[i].All(char.IsAsciiDigit))
        {
            return null;
        }

        // An apostrophe marks a year wherever it stands ("the '06 referendum").
        var marked = IsApostrophe(text, words[i].Index - 1);
        var led = LeadEndsAt(lower, i - 1) || (i >= 2 && _fillers.Contains(lower[i - 1]) && LeadEndsAt(lower, i - 2));
        // "in 10 days", "by 44 votes": a number counting what follows is no year.
        var endsPhrase = i + 1 == words.Count || !string.IsNullOrWhiteSpace(text[(words[i].Index + words[i].Length)..words[i + 1].Index])
            || lower[i + 1] is "and" or "or" or "to" || StartsLead(lower, i + 1);
        if (!marked && !(led && endsPhrase))
        {
            return null;
        }

        var digits = int.Parse(lower[i], System.Globalization.CultureInfo.InvariantCulture);
        var named = Centuries.Select(c => c + digits).Where(_years.Contains).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    // Whether a lead phrase ends at word `last`.
    private bool LeadEndsAt(List<string> lower, int last) =>
        last >= 0 && _yearLeads.Any(lead => last + 1 >= lead.Length && lead.SequenceEqual(lower.Skip(last + 1 - lead.Length).Take(lead.Length)));

    // Whether a lead phrase starts at word `first` ("since 91 until 06").
    private bool StartsLead(List<string> lower, int first) =>
        _yearLeads.Any(lead => first + lead.Length <= lower.Count && lead.SequenceEqual(lower.Skip(first).Take(lead.Length)));

    private static bool IsApostrophe(string text, int at) => at >= 0 && text[at] is '\'' or '\u2019' or '`';

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
