using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// A follow-up often asks a detail the conversation's own passages already state: "did the speaker back it?" after the vote
/// whose sentence names the speaker among its supporters, "how did Russia respond?" after the expulsions whose sentence goes
/// on "with Russia then closing its consulate", "who did they meet there?" after the visit whose next sentence tells the
/// meeting. Answered as it stands, such a follow-up finds some other passage sharing one of its words. So the sentences of
/// the passages the last two answers quoted (and the one that follows them in the same section) are read first: one that
/// tells every word the follow-up asks with, and holds what it asks for, is preferred over an answer that does not.
/// </summary>
internal static partial class ConversationSentence
{
    // Most words of a follow-up asking a detail of what was just told ("and what did the government say to that").
    private const int MaxWords = 10;

    // How many turns back the passages read first come from: the last answer and the one before it.
    private const int TurnsRead = 2;

    // How much of a sentence's end identifies it in an answer, which may insert words ("On August 28 (2006), ...").
    private const int TailLength = 40;

    // A question word may stand for a longer word of the same stem ("meet" for "meeting"), by at most this many letters.
    private const int MaxSuffixLength = 3;

    private const string Home = "montenegro";

    // Fewest words of its own a yes-or-no follow-up asks with: who or what, and what of it.
    private const int MinYesNoTerms = 2;

    // Fewest words after an actor that tell what it did ("called the elections").
    private const int MinDeedWords = 2;

    /// <summary>
    /// The sentence of the conversation's passages that answers <paramref name="asked"/>, when <paramref name="answer"/> does
    /// not tell what it asks and such a sentence does; null otherwise (the answer stands).
    /// </summary>
    public static Answer? Prefer(Question asked, Answer answer, Conversation conversation, KnowledgeBase knowledge, Func<string, AnswerSource> source)
    {
        if (conversation.Last is not { } last || Ask.Read(asked, last, conversation, knowledge) is not { } ask)
        {
            return null;
        }

        if (answer.Answered && Sentences(answer.Text).Any(s => ask.IsToldBy(s)))
        {
            return null;
        }

        // The passages each of the last answers quoted, found once: reading them scans every passage of the sources.
        var turns = conversation.Turns.Reverse().Take(TurnsRead).Where(t => t.AnswerText is not null)
            .Select(t => (Turn: t, Quoted: Quoted(t, knowledge).ToList())).ToList();

        // An answer of its own from the passages the conversation reads is kept; one that only says the last answer again
        // ("who did they meet there?" answered by the visit) tells nothing new.
        var quoted = turns.SelectMany(t => t.Quoted).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        if (answer.Answered && answer.Sources.Count > 0 && quoted.Contains(answer.Sources[0].Id) && answer.Text != last.AnswerText)
        {
            return null;
        }

        foreach (var (sentence, passageId) in Candidates(turns, knowledge))
        {
            if (ask.IsToldBy(sentence))
            {
                return new Answer(true, ExcerptStrategy.Intent, "From the conversation's passage", sentence, [], [source(passageId)], []);
            }
        }

        return null;
    }

    // The sentences the last answers quoted, then the rest of their passages, then the first of the passage after each in the
    // same section: what the conversation has been reading, nearest first.
    private static IEnumerable<(string Sentence, string PassageId)> Candidates(IReadOnlyList<(ConversationTurn Turn, List<Sources.Passage> Quoted)> turns, KnowledgeBase knowledge)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var passages = new List<Sources.Passage>();
        foreach (var (turn, quoted) in turns)
        {
            foreach (var passage in quoted.Where(p => seen.Add(p.Id)))
            {
                passages.Add(passage);
            }

            foreach (var sentence in Sentences(turn.AnswerText!))
            {
                if (quoted.FirstOrDefault(p => Sentences(p.Text).Any(s => sentence.Contains(Tail(s), StringComparison.Ordinal) || s.Contains(Tail(sentence), StringComparison.Ordinal))) is { } home
                    || (turn.AnswerSource is { } id && knowledge.PassagesById.TryGetValue(id, out home) && home.Kind == Sources.PassageKind.Paragraph))
                {
                    yield return (sentence, home.Id);
                }
            }
        }

        foreach (var passage in passages)
        {
            foreach (var sentence in Sentences(passage.Text))
            {
                yield return (sentence, passage.Id);
            }
        }

        foreach (var passage in passages)
        {
            if (Following(passage, knowledge) is { } following && !seen.Contains(following.Id) && Sentences(following.Text).FirstOrDefault() is { } first)
            {
                yield return (first, following.Id);
            }
        }
    }

    // The passages a turn's answer quoted: its first source, and any passage one of whose sentences the answer's text holds.
    private static IEnumerable<Sources.Passage> Quoted(ConversationTurn turn, KnowledgeBase knowledge)
    {
        // A table row reads "Header: value; ...", no sentence to quote.
        if (turn.AnswerSource is { } id && knowledge.PassagesById.TryGetValue(id, out var first) && first.Kind == Sources.PassageKind.Paragraph)
        {
            yield return first;
        }

        var told = turn.AnswerText!;
        foreach (var passage in knowledge.Passages)
        {
            if (passage.Kind == Sources.PassageKind.Paragraph && passage.Id != turn.AnswerSource && Sentences(passage.Text).Any(s => s.Length >= TailLength && told.Contains(Tail(s), StringComparison.Ordinal)))
            {
                yield return passage;
            }
        }
    }

    // The next passage of the same section, which goes on where this one ends.
    private static Sources.Passage? Following(Sources.Passage passage, KnowledgeBase knowledge)
    {
        var at = knowledge.PassageIndex(passage.Id);
        if (at < 0 || at + 1 >= knowledge.Passages.Count)
        {
            return null;
        }

        var following = knowledge.Passages[at + 1];
        return following.Kind == Sources.PassageKind.Paragraph && following.SourceId == passage.SourceId && following.HeadingPath.SequenceEqual(passage.HeadingPath) ? following : null;
    }

    // A text's sentences, without the bullets and numbers an answer lists them with.
    private static IEnumerable<string> Sentences(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => ListMark().Replace(line, string.Empty))
            .SelectMany(line => SentenceSplitter.Split(line).Select(s => s.Sentence.Trim()))
            .Where(s => s.Length > 0);

    private static string Tail(string sentence) => sentence.Length <= TailLength ? sentence : sentence[^TailLength..];

    // "• ", "2. " opening a line of a listed answer.
    [GeneratedRegex(@"^(?:•\s*|\d{1,2}\.\s+)")]
    private static partial Regex ListMark();

    /// <summary>What the follow-up asks, read so that a sentence can be checked for telling it.</summary>
    private sealed class Ask
    {
        private readonly Question _asked;
        private readonly KnowledgeBase _knowledge;
        private readonly IReadOnlyList<string> _terms;
        private readonly string? _person;
        private readonly IReadOnlyList<string> _actorIds;
        private readonly IReadOnlyList<string> _actorTerms;
        private readonly bool _reaction;
        private readonly bool _someone;

        // Words for backing something ("back", "supported"): one says what another asks ("did the speaker back it?").
        private readonly HashSet<string> _backing;

        private Ask(Question asked, KnowledgeBase knowledge, IReadOnlyList<string> terms, string? person, IReadOnlyList<string> actorIds, IReadOnlyList<string> actorTerms, bool reaction, bool someone)
        {
            (_asked, _knowledge, _terms, _person, _actorIds, _actorTerms, _reaction, _someone) = (asked, knowledge, terms, person, actorIds, actorTerms, reaction, someone);
            _backing = asked.Lexicon.Words(Cue.StanceFor).SelectMany(knowledge.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);
        }

        // A short follow-up asking who, which, what, a yes or no, or how someone responded, of what the conversation named; not
        // a date, place, reason, count or span, which have answers of their own to find.
        public static Ask? Read(Question asked, ConversationTurn last, Conversation conversation, KnowledgeBase knowledge)
        {
            var lexicon = asked.Lexicon;
            var openers = lexicon.Words(Cue.FollowUp);
            var words = asked.WordList.SkipWhile(openers.Contains).ToList();
            var reaction = asked.Has(Cue.Reaction) || FollowUpResolver.AsksWhatWasSaid(asked);

            if (words.Count < 2 || words.Count > MaxWords || asked.Years.Count > 0 || asked.StartsWith(Cue.When) || asked.StartsWith(Cue.Where) || asked.StartsWith(Cue.Why)
                || asked.Has(Cue.Duration) || asked.Has(Cue.Count) || asked.Has(Cue.HowMuch) || asked.Has(Cue.Now)
                || asked.Has(Cue.When) || asked.Has(Cue.First) || asked.Has(Cue.Last) || asked.Has(Cue.Highest) || asked.Has(Cue.Lowest)
                || asked.Has(Cue.Before) || asked.Has(Cue.After) || asked.Has(Cue.YearAfter) || asked.Words.Contains("next")
                || MovesOn(asked.WordList)
                || (asked.Has(Cue.NameAsked) && asked.Has(Cue.PersonPronoun))
                || !(words[0] is "who" or "whom" or "which" or "what" || lexicon.Words(Cue.YesNo).Contains(words[0]) || (words[0] == "how" && reaction)))
            {
                return null;
            }

            // A name the conversation has not spoken of moves on ("and China?"): its own passages are not where to look.
            var recent = conversation.Turns.Reverse().Take(TurnsRead).Select(t => t.Question + "\n" + t.Frame.Text + "\n" + t.AnswerText).ToList();
            var named = recent.SelectMany(t => knowledge.Recognizer.Recognize(t)).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
            var entities = asked.Entities.Where(m => m.Entity.Id != Home).ToList();
            if (entities.Any(m => !named.Contains(m.Entity.Id)))
            {
                return null;
            }

            var person = asked.Has(Cue.PersonPronoun) ? FollowUpResolver.PersonFor(last) : null;
            if (asked.Has(Cue.PersonPronoun) && person is null)
            {
                return null;
            }

            // The words it asks with, but for pronouns, small words, the group or role it asks for (checked by what the answer
            // must hold) and, for a response, the words for responding (told by the actor's own clause).
            var set = new[] { Cue.PersonPronoun, Cue.ThingPronoun, Cue.ChatFiller, Cue.GroupFocus, Cue.RoleAsked, Cue.NameAsked, Cue.YesNo, Cue.FollowUp }
                .SelectMany(lexicon.Words).SelectMany(knowledge.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);
            var responding = reaction
                ? lexicon.Words(Cue.Reaction).SelectMany(knowledge.Analyzer.Terms).Concat(knowledge.ReportingTerms).Concat(knowledge.Analyzer.Terms("say said tell told do"))
                    .ToHashSet(StringComparer.Ordinal)
                : [];
            var terms = asked.PredicateTerms.Where(t => !set.Contains(t) && !responding.Contains(t) && !FollowUpResolver.IsFiller(t) && !t.Any(char.IsDigit))
                .Distinct(StringComparer.Ordinal).ToList();
            var actorIds = entities.Select(m => m.Entity.Id).Distinct(StringComparer.Ordinal).ToList();
            var actorTerms = reaction && actorIds.Count == 0 ? terms : [];
            if (reaction && actorIds.Count == 0 && actorTerms.Count == 0)
            {
                return null;
            }

            // "Did the speaker back it?" names who and what; "did the invitation come?" asks only whether a thing happened,
            // which a sentence naming the thing does not say.
            if (lexicon.Words(Cue.YesNo).Contains(words[0]) && terms.Count + (person is null ? 0 : 1) < MinYesNoTerms)
            {
                return null;
            }

            var someone = asked.StartsWith(Cue.Who) || asked.Has(Cue.NameAsked);
            var group = asked.Has(Cue.GroupFocus);
            if (terms.Count == 0 && !reaction && !group && person is null)
            {
                return null;
            }

            return new Ask(asked, knowledge, reaction ? terms.Except(actorTerms).ToList() : terms, person, reaction ? actorIds : [], actorTerms, reaction, someone);
        }

        // Words after the actor that say what it did ("then closing its consulate"), not a name listed with its tag ("John
        // McCain (R-AZ)").
        private static bool GoesOnWithADeed(string after) =>
            after.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= MinDeedWords } words && !words[0].StartsWith('(');

        // "What about the year after?", "and how about China?": the next item of a kind, not a detail of what was told.
        private static bool MovesOn(IReadOnlyList<string> words) =>
            Enumerable.Range(0, Math.Min(2, words.Count - 1)).Any(i => words[i] is "what" or "how" && words[i + 1] == "about");

        // Whether a sentence tells what is asked: every word it asks with, the names it names, the person it points at, someone
        // named when it asks who, and for a response the actor doing something in a later clause of the same sentence.
        public bool IsToldBy(string sentence)
        {
            var terms = _knowledge.Analyzer.Terms(sentence).ToHashSet(StringComparer.Ordinal);
            if (!_terms.All(t => _asked.Covers(t, terms) || terms.Any(s => s.StartsWith(t, StringComparison.Ordinal) && s.Length - t.Length <= MaxSuffixLength)
                || (_backing.Contains(t) && terms.Overlaps(_backing))))
            {
                return false;
            }

            var named = _knowledge.Recognizer.Recognize(sentence).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
            if (_asked.Entities.Any(m => m.Entity.Id != Home && !named.Contains(m.Entity.Id)))
            {
                return false;
            }

            if (_person is not null && !Names(sentence, _person.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].Replace("'s", "", StringComparison.Ordinal)))
            {
                return false;
            }

            if (_someone && !NamesSomeoneElse(sentence) && !named.Any(id => id != Home))
            {
                return false;
            }

            if (_reaction && !ActorGoesOn(sentence))
            {
                return false;
            }

            return SlotCheck.AnswerFits(_asked, sentence);
        }

        // Someone named besides the person asked about: a full name, or a title and name ("President Vujanović"). A country
        // or body named answers "who" too ("vetoed by Greece").
        private bool NamesSomeoneElse(string sentence)
        {
            var surname = _person?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            if (AnswerFacts.PeopleIn(sentence, _knowledge).Any(p => surname is null || !p.Contains(surname, StringComparison.Ordinal)))
            {
                return true;
            }

            return TitledNames.GetValue(_knowledge, Titled).Matches(sentence).Any(m => surname is null || !m.Value.Contains(surname, StringComparison.Ordinal));
        }

        // Whether a clause after the sentence's first opens with the actor as its subject ("..., with Russia then closing its
        // consulate", "; the government called the elections a plebiscite"): what the actor did in turn. Not a possessive
        // ("the government's intention"), nor the country's adjective ("a former Russian colonel", "pro-Russian").
        private bool ActorGoesOn(string sentence)
        {
            var clauses = ClauseBreak().Split(sentence);
            foreach (var clause in clauses.Skip(1))
            {
                var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
                var start = words.FindIndex(w => !Connectives.Contains(w.ToLowerInvariant()));
                if (start < 0)
                {
                    continue;
                }

                // The actor's name may carry its article ("the government"), which the clause then opens with.
                var rest = string.Join(' ', words.Skip(start));
                var bare = rest.StartsWith(Article, StringComparison.OrdinalIgnoreCase) ? rest[Article.Length..] : rest;
                if (_actorIds.Count > 0)
                {
                    var opening = _knowledge.Recognizer.Recognize(rest)
                        .Select(m => (Mention: m, After: rest.StartsWith(m.Text, StringComparison.OrdinalIgnoreCase) ? rest[m.Text.Length..]
                            : bare.StartsWith(m.Text, StringComparison.OrdinalIgnoreCase) ? bare[m.Text.Length..] : null))
                        .FirstOrDefault(o => o.After is not null);
                    if (opening.After is { } after && _actorIds.Contains(opening.Mention.Entity.Id)
                        && _knowledge.CountryOfAdjective(opening.Mention.Text.ToLowerInvariant()) != opening.Mention.Entity.Id
                        && !after.StartsWith('\'') && !after.StartsWith('’') && GoesOnWithADeed(after))
                    {
                        return true;
                    }
                }
                else if (bare.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { } open && open.Length >= _actorTerms.Count + 1)
                {
                    var opening = open.Take(_actorTerms.Count).ToList();
                    if (!GoesOnWithADeed(string.Join(' ', open.Skip(_actorTerms.Count))))
                    {
                        continue;
                    }

                    if (!opening.Any(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))
                        && _knowledge.Analyzer.Terms(string.Join(' ', opening)).SequenceEqual(_actorTerms))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool Names(string text, string surname) =>
            CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, surname, CompareOptions.IgnoreNonSpace) >= 0;
    }

    // A title and a capitalised name after it ("President Vujanović"), built once for the sources' role names.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeBase, Regex> TitledNames = [];

    private static Regex Titled(KnowledgeBase knowledge) =>
        new(@"\b(?i:" + string.Join('|', knowledge.Predicates.RoleNames.OrderByDescending(r => r.Length).Select(Regex.Escape)) + @")\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // Words that open a clause before its subject: "with Russia then closing", "though the government suggested".
    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal)
    {
        "with", "and", "but", "though", "although", "while", "whereas", "then", "so",
    };

    private const string Article = "the ";

    // Where a sentence's clauses part: a comma, semicolon or colon.
    [GeneratedRegex(@"\s*[,;:]\s+")]
    private static partial Regex ClauseBreak();
}
