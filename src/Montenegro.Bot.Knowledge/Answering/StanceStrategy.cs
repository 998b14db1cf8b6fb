using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Where a party or person the sources name stands on something ("Is the Movement for Changes opposed to NATO membership?",
/// "what is the SNP's position on NATO", "which parties are the main backers of NATO membership?"), from the sentences that
/// name them with a word of a stance (for, against, neither) about what is asked. A yes/no question gets "Yes." only when
/// those sentences state the stance asked, "No." when they state only others, and no verdict when they state both.
/// </summary>
internal sealed partial class StanceStrategy(AnswerComposer composer) : IAnswerStrategy
{
    /// <summary>The answer's intent.</summary>
    public const string Intent = "stance";

    private KnowledgeBase Knowledge => composer.Knowledge;

    // Built on first use; two threads racing build the same list, and either may keep it.
    private IReadOnlyList<StanceStatement>? _statements;

    private IReadOnlyList<StanceStatement> Statements => _statements ??= ReadStatements();

    public Answer? TryAnswer(Question question)
    {
        // "Which groups don't support NATO?" turns the stance asked about; the sentences are left to say it themselves.
        if (question.Has(Cue.Negation))
        {
            return null;
        }

        var covered = SourceNames.Covered(question.WordList, Knowledge);
        var asked = StanceIn(question.WordList, covered);
        if (asked is null && !question.Has(Cue.StanceAsked))
        {
            return null;
        }

        var actors = ActorsIn(question).ToList();
        var topic = TopicOf(question, actors);
        if (topic.Count == 0)
        {
            return null;
        }

        var fitting = Statements.Where(s => Fits(s, topic)).ToList();
        var objectAsked = ObjectAsked(question, covered, topic);
        if (actors.Count > 0)
        {
            return AnswerForActors(question, actors, fitting, asked, objectAsked);
        }

        // "Which opposition parties' stances on NATO are described?": a stance asked for with no side taken is every side the
        // sentences give the kind of actor asked.
        return AnswerList(question, fitting, asked, objectAsked);
    }

    private Answer? AnswerForActors(Question question, IReadOnlyList<IReadOnlyList<string>> actors, IReadOnlyList<StanceStatement> fitting, Stance? asked, IReadOnlySet<string> objectAsked)
    {
        var byActor = actors.Select(actor => Narrowed(fitting.Where(s => s.Actors.Any(a => Names(a, actor))).ToList(), objectAsked, question)).ToList();
        if (byActor.Any(statements => statements.Count == 0))
        {
            return null;
        }

        var statements = byActor.SelectMany(s => s).DistinctBy(s => s.Sentence).ToList();
        var verdict = question.StartsWith(Cue.YesNo) && asked is { } kind ? Verdict(byActor, kind) : null;
        var text = string.Join(" ", statements.Select(s => s.Sentence));
        return Compose(verdict is null ? text : verdict + " " + text, "Stance in my sources", statements, question);
    }

    // "Yes." when every actor's sentences state the stance asked and no other; "No." when none of them states it.
    private static string? Verdict(IReadOnlyList<List<StanceStatement>> byActor, Stance asked)
    {
        var kinds = byActor.Select(statements => statements.Select(s => s.Stance).ToHashSet()).ToList();
        if (kinds.All(k => k.Count == 1 && k.Contains(asked)))
        {
            return "Yes.";
        }

        return kinds.All(k => !k.Contains(asked)) ? "No." : null;
    }

    // "Which parties are the main backers of NATO membership?": the names the sentences give the stance asked.
    private Answer? AnswerList(Question question, IReadOnlyList<StanceStatement> fitting, Stance? stance, IReadOnlySet<string> objectAsked)
    {
        if (!question.Has(Cue.Who) && !question.HasWord("which", "what"))
        {
            return null;
        }

        // The question asks for a kind of actor the sources name ("parties": "Social Democratic Party"): an actor is of that
        // kind when its name says so, or when the passage that gives its stance is about that kind ("New Serb Democracy",
        // among the parties of the political-views paragraph).
        var kinds = Kinds();
        var asked = question.ContentTerms.Where(kinds.Contains).ToHashSet(StringComparer.Ordinal);
        var qualifier = stance is null ? Qualifier(question, kinds) : [];
        var named = fitting.Where(s => (stance is null || s.Stance == stance) && qualifier.All(t => question.Covers(t, s.PassageTerms)))
            .Select(s => (Statement: s, Actors: s.Actors.Where(a => (a.Head is { } head && asked.Contains(head)) || s.PassageTerms.Overlaps(asked)).ToList()))
            .Where(x => x.Actors.Count > 0)
            .ToList();
        var onIt = Narrowed(named.Select(x => x.Statement).ToList(), objectAsked, question);
        named = named.Where(x => onIt.Contains(x.Statement)).ToList();
        if (asked.Count == 0 || named.Count == 0)
        {
            return null;
        }

        var names = named.SelectMany(x => x.Actors).Select(a => a.Name.Text).Distinct(StringComparer.Ordinal).ToList();
        // "Democratic Party of Socialists" once, though one sentence adds "of Montenegro".
        names = names.Where(n => !names.Any(other => other != n && other.StartsWith(n + " ", StringComparison.Ordinal))).ToList();
        var statements = named.Select(x => x.Statement).DistinctBy(s => s.Sentence).ToList();
        var text = $"{string.Join("; ", names)}. " + string.Join(" ", statements.Select(s => s.Sentence));
        return Compose(text, "Stances in my sources", statements, question);
    }

    // "Which opposition parties' stances …": the words between the question word and the kind of actor asked, which say which
    // of that kind are meant; the passage that gives an actor's stance must say them. Names ("Montenegrin") qualify nothing.
    private List<string> Qualifier(Question question, IReadOnlySet<string> kinds)
    {
        var words = question.WordList;
        if (words is not ["which" or "what", ..])
        {
            return [];
        }

        var kindAt = words.ToList().FindIndex(w => Knowledge.Analyzer.Terms(w).Any(kinds.Contains));
        var entityTerms = EntityTerms(question).ToHashSet(StringComparer.Ordinal);
        return kindAt <= 1 ? [] : Knowledge.Analyzer.Terms(string.Join(" ", words.Skip(1).Take(kindAt - 1))).Where(t => !entityTerms.Contains(t)).ToList();
    }

    // The kinds of actor: a head noun shared by the names of several actors ("Party" of the Democratic Party of Socialists,
    // the Social Democratic Party and the Socialist People's Party), not one name's own last word.
    private HashSet<string> Kinds() => Statements.SelectMany(s => s.Actors).DistinctBy(a => a.Name.Text)
        .GroupBy(a => a.Head).Where(g => g.Key is not null && g.Count() >= 2).Select(g => g.Key!).ToHashSet(StringComparer.Ordinal);

    private Answer Compose(string text, string title, IReadOnlyList<StanceStatement> statements, Question question) =>
        new(true, Intent, title, text, [], statements.Select(s => s.PassageId).Distinct(StringComparer.Ordinal).Select(id => composer.Source(id, question)).ToList(), []);

    // The stance a question's words (outside the names they use) ask about, if any.
    private Stance? StanceIn(IReadOnlyList<string> words, bool[] covered)
    {
        var free = words.Select((w, i) => covered[i] ? string.Empty : w).ToList();
        return AskedStanceCues.Select(c => (c.Stance, At: Occurrences(free, Knowledge.Lexicon.Phrases(c.Cue)).ToList()))
            .Where(x => x.At.Count > 0)
            .OrderBy(x => x.At.Min(o => o.Index))
            .Select(x => (Stance?)x.Stance)
            .FirstOrDefault();
    }

    // The parties and people the question names, each as the analysed terms of its name: a name of the sources it uses
    // ("Movement for Changes"), or an acronym the sources write for one ("SNP").
    private IEnumerable<IReadOnlyList<string>> ActorsIn(Question question)
    {
        var found = SourceNames.Find(question.WordList, Knowledge).ToList();
        foreach (var (_, _, _, written) in found.Where(f => IsActor(f.Name)))
        {
            yield return NameTerms(written);
        }

        var inNames = found.SelectMany(f => NameTerms(f.Written)).ToHashSet(StringComparer.Ordinal);
        var acronyms = Statements.SelectMany(s => s.Actors).Where(a => a.IsAcronym).Select(a => a.Terms[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var term in question.ContentTerms.Where(t => !inNames.Contains(t) && acronyms.Contains(t)))
        {
            yield return [term];
        }
    }

    // What the stance asked about is on: the question's terms that are neither the actor's name, a stance word, nor the kind
    // of actor ("parties").
    private HashSet<string> TopicOf(Question question, IReadOnlyList<IReadOnlyList<string>> actors)
    {
        var stanceTerms = AskedStanceCues.Select(c => c.Cue).Append(Cue.StanceAsked).SelectMany(Knowledge.Lexicon.Phrases)
            .SelectMany(p => p).SelectMany(Knowledge.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);
        var heads = Statements.SelectMany(s => s.Actors).Select(a => a.Head).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var entityTerms = EntityTerms(question);
        return question.ContentTerms
            .Where(t => !actors.Any(a => a.Contains(t)) && !stanceTerms.Contains(t) && !heads.Contains(t))
            .Concat(entityTerms)
            .ToHashSet(StringComparer.Ordinal);
    }

    // What the question asks a stance on: the topic's terms after its first stance word ("supported | holding a referendum
    // on NATO membership"), where the thing stood for or against is named; words before it say which actors are meant
    // ("governing parties", "strongest"). Empty when the stance word ends the question ("which parties are opposed?").
    private HashSet<string> ObjectAsked(Question question, bool[] covered, IReadOnlySet<string> topic)
    {
        var free = question.WordList.Select((w, i) => covered[i] ? string.Empty : w).ToList();
        var cues = AskedStanceCues.Select(c => c.Cue).Append(Cue.StanceAsked).SelectMany(Knowledge.Lexicon.Phrases).ToList();
        var at = Occurrences(free, cues).Select(o => o.Index + o.Length).DefaultIfEmpty(-1).Min();
        if (at < 0)
        {
            return [];
        }

        // "supporters of | NATO membership", "holding a referendum | on NATO membership": the head of what is asked runs to
        // the first preposition after its first word; what follows only says which one.
        var prepositions = Knowledge.Lexicon.Words(Cue.Preposition);
        // It ends at a verb too ("stances on NATO | are described", "positions on NATO | do the sources give"); "ones" stands
        // for the actors ("the main pro-NATO ones"). "To" may join the thing to its verb ("Montenegro to join NATO").
        var auxiliaries = Knowledge.Lexicon.Words(Cue.PassiveAuxiliary).Concat(Knowledge.Lexicon.Words(Cue.VerbMarker)).Where(w => w != "to").ToHashSet(StringComparer.Ordinal);
        var standIns = Knowledge.Lexicon.Words(Cue.Several);
        var rest = question.WordList.Skip(at).SkipWhile(prepositions.Contains).ToList();
        var head = rest.Take(1).Concat(rest.Skip(1).TakeWhile(w => !prepositions.Contains(w) && !auxiliaries.Contains(w))).Where(w => !standIns.Contains(w));
        var after = Knowledge.Analyzer.Terms(string.Join(" ", head));
        return after.Where(topic.Contains).Concat(EntityTerms(question).Where(topic.Contains)).ToHashSet(StringComparer.Ordinal);
    }

    // The statements on the very thing asked: "holding a referendum on NATO membership" is not what a "desire for Montenegro
    // to become a NATO member state" is on, though both name NATO. When the asked object has words besides the entities it
    // names (which so many stances are on), a statement's object must say one of them, as the question's words are covered anywhere
    // (Question.Covers: a synonym's words, "become a member" for "join"; a word of its family, "member" for "membership"); a stance on the entity alone is not one on a referendum about it. A
    // stance with nothing after it ("completely neutral") was taken on its passage's topic and stays.
    private List<StanceStatement> Narrowed(List<StanceStatement> fitting, IReadOnlySet<string> objectAsked, Question question)
    {
        var entities = EntityTerms(question).ToHashSet(StringComparer.Ordinal);
        var specific = objectAsked.Where(t => !entities.Contains(t)).ToList();
        return specific.Count == 0
            ? fitting
            : fitting.Where(s => s.ObjectTerms.Count == 0 || specific.Any(t => question.Covers(t, s.ObjectTerms))).ToList();
    }

    // The analysed terms of the entities a question names, both as written ("Atlantic alliance") and by their own name
    // ("NATO"), which is how the sources mostly write them.
    private IEnumerable<string> EntityTerms(Question question) =>
        question.Entities.SelectMany(m => Knowledge.Analyzer.Terms(m.Text).Concat(Knowledge.Analyzer.Terms(m.Entity.Name)));

    // A stance is on what is asked when the words after its stance word name it ("opponent of NATO membership"), or, with
    // nothing after it ("completely neutral"), when it takes neither side in a passage about it. A side taken with nothing
    // after it ("five against") may be a count of votes, not anyone's stance.
    private static bool Fits(StanceStatement statement, IReadOnlySet<string> topic) =>
        statement.ObjectTerms.Overlaps(topic)
        || (statement.ObjectTerms.Count == 0 && statement.Stance == Stance.Neither && statement.PassageTerms.Overlaps(topic));

    private static bool Names(StanceActor actor, IReadOnlyList<string> asked) => asked.Count > 0 && asked.All(actor.Terms.Contains);

    private List<string> NameTerms(string name) => Knowledge.Analyzer.Terms(name).Where(t => t != "montenegro").ToList();

    // A name that is one of the entities (a state, the EU) is no party or person.
    private bool IsActor(SourceName name) =>
        !Knowledge.Recognizer.Recognize(name.Text).Any(m => m.Text.Length * 2 > name.Text.Length);

    private List<StanceStatement> ReadStatements()
    {
        var statements = new List<StanceStatement>();
        foreach (var passage in Knowledge.Passages.Where(p => p.Kind is Sources.PassageKind.Paragraph or Sources.PassageKind.List))
        {
            var passageTerms = Knowledge.Analyzer.Terms(passage.Text).ToHashSet(StringComparer.Ordinal);
            foreach (var (_, sentence) in SentenceSplitter.Split(passage.Text))
            {
                var words = Word().Matches(sentence.ToLowerInvariant()).Select(m => m.Value).ToList();
                var actors = SourceNames.Find(words, Knowledge).Select(f => f.Name).Where(IsActor).Distinct().Select(ActorOf).ToList();
                if (actors.Count == 0)
                {
                    continue;
                }

                var sentenceTerms = Knowledge.Analyzer.Terms(sentence).ToHashSet(StringComparer.Ordinal);
                foreach (var clause in ClauseBreak().Split(sentence))
                {
                    foreach (var (stance, objectWords) in StancesIn(clause))
                    {
                        var objectTerms = Knowledge.Analyzer.Terms(string.Join(" ", objectWords)).ToHashSet(StringComparer.Ordinal);
                        statements.Add(new StanceStatement(stance, sentence.Trim(), passage.Id, actors, objectTerms, sentenceTerms, passageTerms));
                    }
                }
            }
        }

        return statements;
    }

    // The stance words of one clause with the words after them. A negated one ("cannot afford to remain neutral"), a passive
    // one with its agent ("supported by pro-Serbian parties", whose stance is the agent's) or one received ("financial support
    // from NATO") says nothing of the subject's stance.
    private IEnumerable<(Stance Stance, List<string> Object)> StancesIn(string clause)
    {
        var words = Word().Matches(clause.ToLowerInvariant()).Select(m => m.Value).ToList();
        var negations = Knowledge.Lexicon.Words(Cue.Negation);
        foreach (var (stance, cue) in StanceCues)
        {
            foreach (var (index, length) in Occurrences(words, Knowledge.Lexicon.Phrases(cue)))
            {
                var after = words.Skip(index + length).ToList();
                if (words.Take(index).Any(negations.Contains) || after.Take(AgentDistance).Contains("by") || after.FirstOrDefault() == "from")
                {
                    continue;
                }

                // "argued that membership should be approved in a national referendum" is for the referendum, not for
                // membership: what is argued for follows the clause's verb marker ("should", "must", "to").
                if (cue == Cue.StanceArgued && after.FindIndex(Knowledge.Lexicon.Words(Cue.VerbMarker).Contains) is var marker and >= 0)
                {
                    after = after.Skip(marker + 1).ToList();
                }

                yield return (stance, after);
            }
        }
    }

    // "was supported not only by": the agent may follow a few words after the participle.
    private const int AgentDistance = 3;

    private StanceActor ActorOf(SourceName name)
    {
        var terms = NameTerms(name.Text);
        var first = Word().Match(name.Text).Value;
        var isAcronym = first.Length >= 2 && first.All(c => !char.IsLetter(c) || char.IsUpper(c));
        // The head noun stands before "of" or "for": "Party" of "Democratic Party of Socialists of Montenegro".
        var joint = Enumerable.Range(0, name.Words.Count).FirstOrDefault(i => !name.Capitalised[i] && name.Words[i] is "of" or "for", name.Words.Count);
        var head = Knowledge.Analyzer.Terms(name.Words[joint - 1]).FirstOrDefault();
        return new StanceActor(name, terms, isAcronym || (terms.Count > 0 && IsSynonymToken(terms[0])), head);
    }

    // A name the analyser reads as one token ("DPS", "Democratic Party of Socialists") may be asked about by its acronym alone.
    private static bool IsSynonymToken(string term) => DomainSynonyms.Acronyms.ContainsKey(term) || DomainSynonyms.Phrases.ContainsKey(term);

    private static IEnumerable<(int Index, int Length)> Occurrences(IReadOnlyList<string> words, IReadOnlyList<string[]> phrases)
    {
        foreach (var phrase in phrases)
        {
            for (var i = 0; i + phrase.Length <= words.Count; i++)
            {
                if (phrase.SequenceEqual(words.Skip(i).Take(phrase.Length)))
                {
                    yield return (i, phrase.Length);
                }
            }
        }
    }

    private static readonly (Stance Stance, Cue Cue)[] StanceCues =
        [(Stance.Against, Cue.StanceAgainst), (Stance.For, Cue.StanceFor), (Stance.For, Cue.StanceArgued), (Stance.Neither, Cue.StanceNeither)];

    // A question may ask a stance by a label ("the pro-NATO parties"); in the sources a label names the actor ("members of the
    // pro-Russian Democratic Front") in a sentence about something else, and is no stance taken on it.
    private static readonly (Stance Stance, Cue Cue)[] AskedStanceCues =
        [.. StanceCues, (Stance.For, Cue.StanceLabelFor), (Stance.Against, Cue.StanceLabelAgainst)];

    // Where one clause ends and the next begins: a stance word's object does not run past it.
    [GeneratedRegex(@"[,;:()]|\s(?:and|but|while|although|whereas|though)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    // As questions are split into words (Question.WordList).
    [GeneratedRegex(@"[\p{L}\p{N}%]+")]
    private static partial Regex Word();

    private enum Stance
    {
        For,
        Against,
        Neither,
    }

    // A party or person a stance sentence names: its name's analysed terms, whether it is written as an acronym the question
    // may use alone ("SNP CG", "DPS"), and the analysed term of its head noun ("party"), the kind of thing it is.
    private sealed record StanceActor(SourceName Name, IReadOnlyList<string> Terms, bool IsAcronym, string? Head);

    // One stance word of a sentence: who the sentence names, what follows the word, and the sentence's and passage's terms.
    private sealed record StanceStatement(
        Stance Stance,
        string Sentence,
        string PassageId,
        IReadOnlyList<StanceActor> Actors,
        IReadOnlySet<string> ObjectTerms,
        IReadOnlySet<string> SentenceTerms,
        IReadOnlySet<string> PassageTerms);
}
