using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Extraction;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Who was PM when Rumsfeld visited?", "who was the speaker when the Ukraine mission vote passed?": who held a title at the
/// time of an event, answered by the passage that tells of the event (every word the question says of it) and names someone
/// by that title ("Prime Minister Milo Đukanović"). The title is matched as written ("speaker" in "Parliament Speaker") or
/// by its initials ("PM" for Prime Minister); a passage that names no one by it does not answer.
/// </summary>
internal sealed partial class RoleAtEventStrategy(AnswerComposer composer) : IAnswerStrategy
{
    // The words of a title a question may ask for: "prime minister", "foreign minister".
    private const int MaxTitleWords = 3;

    // A title asked by its initials is short ("pm", "fm"): a longer word is a word.
    private const int MaxInitials = 3;

    public Answer? TryAnswer(Question question)
    {
        if (Asked(question) is not var (title, eventTerms))
        {
            return null;
        }

        var knowledge = composer.Knowledge;
        var everywhere = Everywhere(knowledge);
        foreach (var passage in knowledge.Passages.Where(p => p.IsAnswerable))
        {
            var terms = knowledge.Index.TermsOf(passage.Id);
            if (!eventTerms.All(terms.Contains))
            {
                continue;
            }

            // The sentences that tell of the event come with the one that names the holder: the answer says both.
            // A holder named far from the event is not said to hold the title at its time ("President Donald Trump signed a
            // memorandum" is no answer to who was president when Montenegro joined): the sentence that names the holder tells
            // of the event, or follows one that does.
            var told = new List<string>();
            var previousTells = false;
            foreach (var (_, sentence) in FactExtractor.Sentences(passage.Text))
            {
                var tells = Tells(knowledge.Analyzer.Terms(sentence), eventTerms, everywhere);
                if ((tells || previousTells) && Holder(sentence, title) is var (holder, written))
                {
                    // The title as asked and as written: "PM" is the sources' "Prime Minister".
                    var asked = string.Join(' ', title);
                    var said = string.Equals(asked, written, StringComparison.OrdinalIgnoreCase) ? written : $"{asked.ToUpperInvariant()} ({written})";
                    var text = string.Join(' ', told.Append(sentence.Trim()));
                    return new Answer(true, "role", "Who held the title", $"{holder} was {said} at the time, as the sources tell it: {text}", [], [composer.Source(passage.Id, question)], []);
                }

                if (tells)
                {
                    told.Add(sentence.Trim());
                }

                previousTells = tells;
            }
        }

        return null;
    }

    // A sentence tells of the event when it holds every word the question says of it, besides Montenegro's and NATO's
    // names, which nearly every sentence of the sources holds: "joined PfP" tells of joining, "Montenegro's Defense
    // Minister" alone does not.
    private static bool Tells(List<string> sentenceTerms, List<string> eventTerms, HashSet<string> everywhere)
    {
        var telling = eventTerms.Where(t => !everywhere.Contains(t)).ToList();
        return telling.Count > 0 && telling.All(sentenceTerms.Contains);
    }

    // The terms of Montenegro's and NATO's names, which nearly every sentence of the sources holds.
    private static HashSet<string> Everywhere(KnowledgeBase knowledge) =>
        new[] { "montenegro", "nato" }.Where(knowledge.EntitiesById.ContainsKey)
            .SelectMany(id => knowledge.EntitiesById[id].AllNames).SelectMany(knowledge.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);

    // A word the sources write only as a name ("Rumsfeld"), other than Montenegro's or NATO's.
    private static bool IsName(string word, KnowledgeBase knowledge, HashSet<string> everywhere) =>
        !knowledge.OrdinaryWords.Contains(word) && knowledge.Analyzer.Terms(word) is [var term] && knowledge.Index.Knows(term) && !everywhere.Contains(term);

    // "Who was (the) PM when Rumsfeld visited": the title asked (the words between who and when, past the verb and the names)
    // and the terms of the event after "when"; null for any other question.
    private static (List<string> Title, List<string> EventTerms)? Asked(Question question)
    {
        var words = question.WordList;
        var when = question.IndexOfWord("when");
        if (words is not ["who", "was" or "is" or "were", ..] || when < 3)
        {
            return null;
        }

        var nameWords = question.Entities.SelectMany(m => m.Text.ToLowerInvariant().Split(' ')).ToHashSet(StringComparer.Ordinal);
        var title = words.Take(when).Skip(2).Where(w => w is not ("the" or "a" or "an") && w.Length > 1 && !nameWords.Contains(w)).ToList();
        var eventTerms = question.Knowledge is { } knowledge
            ? knowledge.Analyzer.Terms(string.Join(' ', words.Skip(when + 1))).Distinct(StringComparer.Ordinal).ToList()
            : [];
        // The event is known by a name besides Montenegro's and NATO's ("Rumsfeld", "Ukraine"): a verb alone ("when Montenegro
        // joined NATO") is as often said of a wish or a plan ("the desire to join NATO") as of the event, in a sentence of
        // another year.
        var named = question.Knowledge is { } known && Everywhere(known) is var everywhere && words.Skip(when + 1).Any(w => IsName(w, known, everywhere));
        return title.Count is > 0 and <= MaxTitleWords && named ? (title, eventTerms) : null;
    }

    // The name written right after the title in a run of capitalised words ("Montenegrin Prime Minister Milo Đukanović"),
    // with the title as written: the run's last words before the name form the title, as asked or by their initials.
    private static (string Name, string Title)? Holder(string sentence, List<string> title)
    {
        foreach (Match run in CapitalisedRun().Matches(sentence))
        {
            var runWords = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var end = 1; end < runWords.Length; end++)
            {
                var before = runWords.Take(end).Select(w => w.ToLowerInvariant()).ToList();
                if (TitleWords(before, title) is var count and > 0)
                {
                    return (string.Join(' ', runWords.Skip(end)), string.Join(' ', runWords.Skip(end - count).Take(count)));
                }
            }
        }

        return null;
    }

    // How many of the last written words are the title: "Parliament Speaker" ends with "speaker" (one), "Prime Minister" is
    // "PM" by its initials (two); none when they are not.
    private static int TitleWords(List<string> written, List<string> title)
    {
        if (written.Count >= title.Count && written.Skip(written.Count - title.Count).SequenceEqual(title, StringComparer.Ordinal))
        {
            return title.Count;
        }

        if (title is not [var initials] || initials.Length is < 2 or > MaxInitials || initials.Length > written.Count)
        {
            return 0;
        }

        var last = written.Skip(written.Count - initials.Length).Select(w => w[0]);
        return string.Concat(last) == initials ? initials.Length : 0;
    }

    // Words each starting with a capital letter, in a row.
    [GeneratedRegex(@"\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)+")]
    private static partial Regex CapitalisedRun();
}
