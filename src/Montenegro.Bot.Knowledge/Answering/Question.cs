using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>A question taken apart: its analyzed terms, the entities, years and months it names, and what it asks for.</summary>
public sealed partial class Question
{
    private Question(string text, IReadOnlyList<string> terms, IReadOnlyList<EntityMention> entities, IReadOnlySet<string> entityTerms, IReadOnlyList<int> years, IReadOnlyList<int> months, IReadOnlySet<string> framing)
    {
        Text = text;
        Terms = terms;
        TermSet = terms.ToHashSet(StringComparer.Ordinal);
        ContentTerms = terms.Where(t => !framing.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
        Entities = entities;
        PredicateTerms = ContentTerms.Where(t => !entityTerms.Contains(t)).ToList();
        ContentTermSet = ContentTerms.ToHashSet(StringComparer.Ordinal);
        Years = years;
        Months = months;
        var lower = text.ToLowerInvariant();
        WordList = WordPattern().Matches(lower).Select(m => m.Value).ToList();
        Words = WordList.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Lower-case words of the question in order, unanalyzed.</summary>
    public IReadOnlyList<string> WordList { get; }

    /// <summary>
    /// The terms to search the sources with: <see cref="ContentTerms"/>, and the main name of each entity the question calls
    /// by another name. "When did Montenegro join the alliance?" must find the text that says "joined NATO", which shares
    /// none of the words "the alliance".
    /// </summary>
    public IReadOnlyList<string> SearchTerms => _searchTerms ??= ContentTerms.Concat(MainNameTerms).Distinct(StringComparer.Ordinal).ToList();

    private IReadOnlyList<string>? _searchTerms;

    // The terms of the main names of the entities named, those the question did not write itself.
    private IReadOnlyList<string> MainNameTerms { get; init; } = [];

    /// <summary>The knowledge base the question was parsed against (for checks that analyze other text).</summary>
    internal KnowledgeBase? Knowledge { get; private init; }

    /// <summary>
    /// The question encoded by meaning, when semantic retrieval is on (<see cref="Semantic"/> set): encoded the first time
    /// it is asked for, since the model's run is most of an answer's time and most questions are answered, or declined, by a
    /// path that never asks.
    /// </summary>
    internal Semantic.SemanticQuery? Meaning => _meaning ??= Semantic?.EncodeQueryAsync(Text).AsTask().GetAwaiter().GetResult();

    private Semantic.SemanticQuery? _meaning;

    /// <summary>
    /// The id of the passage or fact (<see cref="Semantic.KnowledgeSemantics.FactPrefix"/>) closest in meaning to the whole
    /// question, searched once however many candidates are held against it; null when retrieval by meaning is off.
    /// </summary>
    internal string? ClosestInMeaning
    {
        get
        {
            if (!_closestSearched)
            {
                _closest = Semantic is { } semantic && Meaning is { } meaning && semantic.Search(meaning, 1) is [var best] ? best.PassageId : null;
                _closestSearched = true;
            }

            return _closest;
        }
    }

    private string? _closest;
    private bool _closestSearched;

    /// <summary>
    /// Of <see cref="UnfamiliarTerms"/>, words of the sources with a prefix that turns their meaning ("reopen", "unrecognised"):
    /// the sources never state such an event, so no text of theirs answers a question about it.
    /// </summary>
    public bool NamesATurnedEvent { get; private init; }

    /// <summary>How many texts have been encoded to judge paraphrases of this question (see <see cref="Paraphrase"/>).</summary>
    internal int ParaphraseEncodings { get; set; }

    /// <summary>Semantic retrieval, when on, to tell a paraphrase from a question about something else (set once by the engine).</summary>
    internal Semantic.ISemanticSearch? Semantic { get; set; }

    /// <summary>
    /// Content terms no passage of the sources uses, written in lower case ("guy", "toured"): everyday words a question may
    /// use for what the sources say in their own words. A name or acronym the sources lack ("OSCE") is not one of them.
    /// </summary>
    public IReadOnlySet<string> UnfamiliarTerms { get; private init; } = new HashSet<string>();

    /// <summary>Entities the question names as places, right after "in" or "at" ("an embassy in Moscow").</summary>
    public IReadOnlyList<EntityMention> Places { get; private init; } = [];

    /// <summary>For each term of an entity mention, the analyzed terms of each of that entity's names.</summary>
    private IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> EntityNamesByTerm { get; init; } =
        new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>();

    /// <summary>The lexicon the question's cues are read with.</summary>
    internal Language.Lexicon Lexicon { get; private init; } = Language.Lexicon.Empty;

    /// <summary>Whether the question has one of the words or phrases of <paramref name="cue"/>.</summary>
    public bool Has(Language.Cue cue) => Lexicon.Phrases(cue).Any(ContainsPhrase);

    /// <summary>Whether the question starts with one of the words or phrases of <paramref name="cue"/>.</summary>
    public bool StartsWith(Language.Cue cue) => OpensAt(cue, 0)
        // "And did Montenegro hand him over?": a follow-up's leading "and" comes before the yes/no question it asks.
        || (cue == Language.Cue.YesNo && WordList.Count > 1 && Lexicon.Words(Language.Cue.FollowUp).Contains(WordList[0]) && OpensAt(cue, 1));

    private bool OpensAt(Language.Cue cue, int start) =>
        Lexicon.Phrases(cue).Any(p => start + p.Length <= WordList.Count && p.SequenceEqual(WordList.Skip(start).Take(p.Length)));

    /// <summary>
    /// Whether a phrase of one of <paramref name="cues"/> stands right before <paramref name="mention"/> (a name as the question
    /// writes it), "the" allowed between: "after Russia", "besides the UK" make the name a point of reference.
    /// </summary>
    internal bool NamedAfter(string mention, params Language.Cue[] cues)
    {
        var phrases = cues.SelectMany(Lexicon.Phrases).Select(p => string.Join(@"\s+", p.Select(Regex.Escape))).ToList();
        return phrases.Count > 0 && Regex.IsMatch(Text, $@"\b(?:{string.Join('|', phrases)})\s+(?:the\s+)?{Regex.Escape(mention)}(?!\w)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>Whether every word of the question belongs to one of <paramref name="cues"/>.</summary>
    public bool IsOnly(params Language.Cue[] cues)
    {
        if (WordList.Count == 0)
        {
            return false;
        }

        var covered = new bool[WordList.Count];
        foreach (var phrase in cues.SelectMany(Lexicon.Phrases))
        {
            for (var i = 0; i + phrase.Length <= WordList.Count; i++)
            {
                if (phrase.SequenceEqual(WordList.Skip(i).Take(phrase.Length)))
                {
                    Array.Fill(covered, true, i, phrase.Length);
                }
            }
        }

        return covered.All(c => c);
    }

    /// <summary>Where <paramref name="word"/> (lower case) first stands among <see cref="WordList"/>; -1 when it does not.</summary>
    internal int IndexOfWord(string word)
    {
        for (var i = 0; i < WordList.Count; i++)
        {
            if (WordList[i] == word)
            {
                return i;
            }
        }

        return -1;
    }

    internal bool ContainsPhrase(string[] phrase) => phrase.Length == 1 ? Words.Contains(phrase[0]) : HasPhrase(WordList, phrase);

    /// <summary>Whether <paramref name="words"/> hold the words of <paramref name="phrase"/> in a row.</summary>
    internal static bool HasPhrase(IReadOnlyList<string> words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Count; i++)
        {
            if (phrase.SequenceEqual(words.Skip(i).Take(phrase.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The question as asked (possibly shortened).</summary>
    public string Text { get; }

    /// <summary>Analyzed terms, in order.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Analyzed terms as a set.</summary>
    public IReadOnlySet<string> TermSet { get; }

    /// <summary>Analyzed terms without question words and the name of Montenegro itself.</summary>
    public IReadOnlyList<string> ContentTerms { get; }

    /// <summary>The content terms as a set.</summary>
    public IReadOnlySet<string> ContentTermSet { get; }

    /// <summary>
    /// Content terms that are not the names of entities: what the question asks about them ("join",
    /// "recognise", "embassy"). A text that names the same entities but not this is about something else.
    /// </summary>
    public IReadOnlyList<string> PredicateTerms { get; }

    /// <summary>
    /// The predicates of <c>data/predicates.json</c> the question's own words name ("join", "recognise", "vote"): what the
    /// facts it asks about state, whichever words those facts use.
    /// </summary>
    public IReadOnlySet<string> PredicateIds { get; private init; } = new HashSet<string>();

    /// <summary>Of <see cref="PredicateIds"/>, those named by a verb: what the question asks happened ("sign" in "sign a trade agreement").</summary>
    public IReadOnlySet<string> VerbPredicateIds { get; private init; } = new HashSet<string>();

    /// <summary>
    /// Whether <paramref name="textTerms"/> hold <paramref name="term"/> or a form of it with or without a derivational ending
    /// of the lexicon ("react" and "reaction", "deploy" and "deployment").
    /// </summary>
    internal bool Covers(string term, IReadOnlySet<string> textTerms)
    {
        if (textTerms.Contains(term))
        {
            return true;
        }

        // A name the question uses for an entity ("Paris" for France, "the North Atlantic alliance") is covered by any of its names.
        if (EntityNamesByTerm.TryGetValue(term, out var names) && names.Any(name => name.All(textTerms.Contains)))
        {
            return true;
        }

        // "MPs", "lawmakers": those who vote are covered by a text about the votes they cast, when the question asks what
        // they did ("backed", "opposed", "abstained": a deed the text names too); "how many MPs are there" asks nothing of a vote.
        if (Knowledge is { } knowledge && (PredicateIds.Count > 0 || PredicateTerms.Any(t => t != term && textTerms.Contains(t))) && textTerms.Contains("vote")
            && Lexicon.Phrases(Language.Cue.Voter).Any(p => p.Length == 1 && knowledge.Analyzer.Terms(p[0]).Contains(term)))
        {
            return true;
        }

        // "What did Degtyarev say": a word for speech is covered by a text that reports speech in another ("warned").
        if (Knowledge is { } known && known.ReportingTerms.Contains(term) && textTerms.Overlaps(known.ReportingTerms))
        {
            return true;
        }

        // "When was it admitted to NATO?": the verb of what the question asks happened is covered by a text that states a kind
        // of it in its own words ("joined"). Only a verb: "the popular vote" is no election.
        if (Knowledge is { } knowing && VerbPredicateIds.Any(id => knowing.KindTerms.TryGetValue(id, out var kinds)
                && kinds.Terms.Contains(term) && textTerms.Overlaps(kinds.KindTerms)))
        {
            return true;
        }

        // "Parliamentary ratification": an adjective of the question is covered by the noun it is made of in the text.
        foreach (var suffix in Lexicon.Phrases(Language.Cue.AdjectiveSuffix))
        {
            var ending = suffix[0];
            if (term.Length >= ending.Length + 4 && term.EndsWith(ending, StringComparison.Ordinal) && textTerms.Contains(term[..^ending.Length]))
            {
                return true;
            }
        }

        foreach (var suffix in Lexicon.Phrases(Language.Cue.DerivationalSuffix))
        {
            var ending = suffix[0];
            if (textTerms.Contains(term + ending)
                || (term.Length >= ending.Length + 4 && term.EndsWith(ending, StringComparison.Ordinal) && textTerms.Contains(term[..^ending.Length])))
            {
                return true;
            }
        }

        // "How many troops": a word of the lexicon's synonym groups is said by the text's other word for it ("40 soldiers"), a
        // region ("Africa") by a state the lexicon places in it.
        return Knowledge is { } synonymous && Synonyms.Cover(synonymous, term, textTerms);
    }

    /// <summary>Lower-case words of the question, unanalyzed (for "first", "latest", "not" and the like).</summary>
    public IReadOnlySet<string> Words { get; }

    /// <summary>Entities the question names, Montenegro itself excluded.</summary>
    public IReadOnlyList<EntityMention> Entities { get; }

    /// <summary>Years the question names.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Days of months the question names, e.g. (12, 6) for "12 June" or "June 12".</summary>
    public IReadOnlyList<(int Day, int Month)> Days { get; private init; } = [];

    /// <summary>Months (1-12) the question names.</summary>
    public IReadOnlyList<int> Months { get; }

    /// <summary>
    /// Whether the question says enough to be matched against passages: two content terms or more, or
    /// one that is a name in the sources ("Zaytsev"), a number, an entity, or a name with an acronym of its own
    /// ("Membership Action Plan", MAP). A lone common word ("capital") matches too loosely to answer.
    /// </summary>
    public bool IsSpecificEnough(Search.KnowledgeIndex index) =>
        ContentTerms.Count > 1
        || (ContentTerms.Count == 1 && (Entities.Count > 0 || index.IsProperTerm(ContentTerms[0]) || ContentTerms[0].All(char.IsAsciiDigit)
            || Search.DomainSynonyms.Acronyms.ContainsKey(ContentTerms[0])));

    /// <summary>
    /// Whether the question asks about the present ("Who is the secretary general now?"). The sources
    /// describe the past up to 2024, so a dated fact is no answer to it.
    /// </summary>
    public bool AsksAboutNow => HasWord("now", "currently", "current", "today", "nowadays", "presently", "incumbent");

    /// <summary>Whether any of <paramref name="words"/> occurs in the question.</summary>
    public bool HasWord(params string[] words) => words.Any(Words.Contains);

    /// <summary>Whether any of <paramref name="terms"/> (analyzed forms) occurs in the question.</summary>
    public bool HasTerm(params string[] terms) => terms.Any(TermSet.Contains);

    /// <summary>Entities of the given types.</summary>
    public IEnumerable<Entity> EntitiesOf(params EntityType[] types) => Entities.Select(m => m.Entity).Where(e => types.Contains(e.Type));

    // A pollster the sources only describe, by a lower-case name ("the government"), named in a question with no word for a
    // poll: "the government's pro-NATO campaign" is the state's, which no answer need name as a pollster.
    private static bool DescribedPollsterOutsidePolls(EntityMention mention, string text, KnowledgeBase knowledge) =>
        mention.Entity.Type == EntityType.Pollster && char.IsLower(mention.Entity.Name[0])
        && WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList() is var words
        && !knowledge.Lexicon.Phrases(Language.Cue.PollNoun).Any(p => HasPhrase(words, p));

    /// <summary>Takes <paramref name="text"/> apart with the knowledge base's analyzer and recognizer.</summary>
    public static Question Parse(string text, KnowledgeBase knowledge)
    {
        var mentions = knowledge.Recognizer.Recognize(text);
        var terms = knowledge.Analyzer.Terms(WithAcronymsCapitalised(text, mentions)).Select(knowledge.Index.SourceForm).ToList();
        var places = PlacesOf(text, mentions, knowledge);
        var seats = AskedSeats(text, mentions, knowledge);
        var entities = mentions.Where(m => m.Entity.Id != "montenegro" && !seats.Contains(m) && !DescribedPollsterOutsidePolls(m, text, knowledge)).ToList();
        var years = YearPattern().Matches(text).Select(m => AsciiNumber(m.Value)).OfType<int>().Distinct().ToList();
        var months = new List<int>();
        foreach (Match word in WordPattern().Matches(text))
        {
            // "may" is a month only when written "May".
            var month = word.Value.Equals("may", StringComparison.OrdinalIgnoreCase) && word.Value != "May" ? null : FactDate.MonthOf(word.Value);
            if (month is { } m && !months.Contains(m))
            {
                months.Add(m);
            }
        }

        var entityTerms = entities.SelectMany(m => knowledge.Analyzer.Terms(m.Text)).ToHashSet(StringComparer.Ordinal);
        var days = new List<(int, int)>();
        foreach (Match m in DayMonth().Matches(text))
        {
            var day = AsciiNumber(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value);
            if (FactDate.MonthOf(m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value) is { } month && day is { } d and >= 1 and <= 31)
            {
                days.Add((d, month));
            }
        }

        // The words that ask for a number ("number of", "total") say what kind of answer is wanted, not what it is about:
        // "44 votes" answers "the number of votes" without the word "number".
        var framing = knowledge.FramingTerms.Union(CountingTerms(knowledge, text)).ToHashSet(StringComparer.Ordinal);

        // A negated auxiliary ("wasn't", "don't") is no thing a passage must name; the analyzer keeps it as one term.
        framing.UnionWith(terms.Where(t => t.EndsWith("n't", StringComparison.Ordinal) || t.EndsWith("n\u2019t", StringComparison.Ordinal)));
        var unfamiliar = UnfamiliarTermsOf(text, framing, knowledge);
        var eventNouns = new List<string>();

        // "the state union": a word that qualifies a name the sources use names no predicate ("state": said).
        // Nor does a word for a country used as a noun ("a NATO member state").
        var modifiers = NameModifiers.In(text, knowledge.NameModifierPairs).Union(CountryNouns.In(text, knowledge.Lexicon)).ToHashSet(StringComparer.Ordinal);
        var modifierTerms = modifiers.SelectMany(knowledge.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);
        return new Question(text, terms, entities, entityTerms, years, months, framing)
        {
            MainNameTerms = entities.SelectMany(m => knowledge.Analyzer.Terms(m.Entity.Name)).Where(t => !entityTerms.Contains(t)).ToList(),
            Days = days,
            Lexicon = knowledge.Lexicon,
            Knowledge = knowledge,
            PredicateIds = knowledge.PredicatesNamedBy(terms.Where(t => !framing.Contains(t) && !entityTerms.Contains(t) && !modifierTerms.Contains(t)).ToHashSet(StringComparer.Ordinal)),
            UnfamiliarTerms = unfamiliar,
            UnfamiliarEvent = UnfamiliarEventOf(text, unfamiliar, mentions, knowledge, eventNouns),
            EventNouns = eventNouns,
            NamesATurnedEvent = unfamiliar.Any(t => knowledge.Lexicon.Phrases(Language.Cue.MeaningPrefix).Any(p => p.Length == 1
                && t.Length >= p[0].Length + 4 && t.StartsWith(p[0], StringComparison.Ordinal) && knowledge.Index.Knows(t[p[0].Length..]))),
            EntityNamesByTerm = EntityNamesByTermOf(mentions, places, knowledge),
            Places = places,
            VerbPredicateIds = knowledge.PredicatesNamedByVerbs(VerbCandidates(text, knowledge).Except(modifiers).ToHashSet(StringComparer.Ordinal)),
        };
    }

    // The words that may be the question's verb. Not a predicate's noun that ends a noun phrase begun by an article ("the
    // riot that capped the 2015 anti-NATO protests" names protests as a thing), unless a verb marker stands before the
    // article ("did the parliament vote"); nor a gerund after a preposition ("the vote on joining the mission" asks of the
    // vote, not of joining).
    private static HashSet<string> VerbCandidates(string text, KnowledgeBase knowledge)
    {
        var words = WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var articles = knowledge.Lexicon.Articles;
        var prepositions = knowledge.Lexicon.Words(Language.Cue.Preposition);
        var doSupport = knowledge.Lexicon.Words(Language.Cue.VerbMarker);
        var markers = knowledge.Lexicon.Words(Language.Cue.VerbMarker).Union(knowledge.Lexicon.Words(Language.Cue.PassiveAuxiliary)).ToHashSet(StringComparer.Ordinal);
        bool IsNoun(int at)
        {
            if (at > 0 && words[at].EndsWith("ing", StringComparison.Ordinal) && prepositions.Contains(words[at - 1]))
            {
                return true;
            }

            if (!knowledge.PredicateNounWords.Contains(words[at]))
            {
                return false;
            }

            for (var back = at - 1; back >= Math.Max(0, at - 4); back--)
            {
                if (markers.Contains(words[back]))
                {
                    return false;
                }

                // "Did the parliament vote": after a verb marker and an article comes the subject, then the verb in its bare
                // form. After "did", "will" and the like, the word right after the article, or a plural, is the subject
                // itself ("did the protests in Podgorica culminate", "did the anti-NATO protests end in a riot" ask of the riot).
                if (articles.Contains(words[back]))
                {
                    return back == 0 || !markers.Contains(words[back - 1])
                        || (doSupport.Contains(words[back - 1]) && (back == at - 1 || IsPlural(words[at])));
                }
            }

            return false;
        }

        // "Adopt its declaration", "issue a statement": a verb that only carries the event its object names is not the event.
        var support = knowledge.Lexicon.Words(Language.Cue.SupportVerb);
        var determiners = articles.Union(knowledge.Lexicon.Words(Language.Cue.ReferringPronoun)).ToHashSet(StringComparer.Ordinal);
        bool CarriesANoun(int at)
        {
            if (!support.Contains(words[at]))
            {
                return false;
            }

            var next = at + 1;
            while (next < words.Count && next <= at + MaxDeterminers && determiners.Contains(words[next]))
            {
                next++;
            }

            return next < words.Count && knowledge.PredicateNounWords.Contains(words[next]);
        }

        var clause = words.Any(knowledge.Lexicon.Words(Language.Cue.TemporalSubordinator).Contains) ? TemporalClauseWords(text, knowledge) : [];
        return words.Where((word, at) => !IsNoun(at) && !CarriesANoun(at) && !clause.Contains(word)).ToHashSet(StringComparer.Ordinal);
    }

    // "Before parliament voted, which council had given the plan its blessing?": the verb of a clause that only places the
    // question in time ("before ...", "... after Russia invaded Ukraine") is not the deed asked of, when the rest of the
    // question names one of its own (here the blessing). Without one ("what happened before Montenegro joined NATO?") the
    // clause's verb is all there is, and stays.
    private static HashSet<string> TemporalClauseWords(string text, KnowledgeBase knowledge)
    {
        var subordinators = knowledge.Lexicon.Words(Language.Cue.TemporalSubordinator);
        var inClause = new List<string>();
        var outside = new List<string>();
        foreach (var segment in text.ToLowerInvariant().Split([',', ';', ':', '?', '!']))
        {
            var words = WordPattern().Matches(segment).Select(m => m.Value).ToList();
            var start = words.FindIndex(subordinators.Contains);
            outside.AddRange(start < 0 ? words : words.Take(start));
            inClause.AddRange(start < 0 ? [] : words.Skip(start + 1));
        }

        var rest = outside.Except(inClause).SelectMany(knowledge.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);
        return inClause.Count > 0 && knowledge.PredicatesNamedBy(rest).Count > 0
            ? inClause.Except(outside).ToHashSet(StringComparer.Ordinal)
            : [];
    }

    // "Adopt [its] declaration", "make [the] [first] statement": at most this many words between a support verb and its noun.
    private const int MaxDeterminers = 2;

    // "protests", not "vote" nor "access": no bare verb after "did" ends so.
    private static bool IsPlural(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && Search.Inflection.BaseOf(word) != word;

    private static Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> EntityNamesByTermOf(IReadOnlyList<EntityMention> mentions, IReadOnlyList<EntityMention> places, KnowledgeBase knowledge)
    {
        var byTerm = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var mention in mentions.Except(places))
        {
            var names = knowledge.NameTermsOf(mention.Entity);
            foreach (var term in knowledge.Analyzer.Terms(mention.Text))
            {
                byTerm.TryAdd(term, names);
            }
        }

        return byTerm;
    }

    // "Did Montenegro deposit it in Brussels?": a yes/no question asks whether its deed took place there, so a city that
    // stands for a body (Brussels for the EU) is a place to check against the evidence (PlaceContradiction), not a name every
    // passage must hold; a passage that says "in Washington" answers "No". Only a one-word name of the body's seat that is no
    // abbreviation and no word of its own name ("in NATO" asks about the body), which the sources write after "in" or "at".
    private static HashSet<EntityMention> AskedSeats(string text, IReadOnlyList<EntityMention> mentions, KnowledgeBase knowledge)
    {
        var words = WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var yesNo = knowledge.Lexicon.Phrases(Language.Cue.YesNo).Any(p => p.Length <= words.Count && p.SequenceEqual(words.Take(p.Length)));
        return yesNo ? mentions.Where(m => IsAskedSeat(words, m, knowledge)).ToHashSet() : [];
    }

    private static bool IsAskedSeat(List<string> words, EntityMention mention, KnowledgeBase knowledge)
    {
        var seat = mention.Text.Trim();
        if (mention.Entity.Type == EntityType.Country || seat.Contains(' ', StringComparison.Ordinal) || seat.All(c => !char.IsLetter(c) || char.IsUpper(c))
            || mention.Entity.Name.Split(' ').Any(w => string.Equals(w, seat, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var at = words.IndexOf(seat.ToLowerInvariant());
        var capitalised = char.ToUpperInvariant(seat[0]) + seat[1..].ToLowerInvariant();
        return at > 0 && knowledge.Lexicon.Words(Language.Cue.PlacePreposition).Contains(words[at - 1])
            && knowledge.Passages.Any(p => Regex.IsMatch(p.Text, $@"\b(?:in|at) {Regex.Escape(capitalised)}\b", RegexOptions.None, TimeSpan.FromSeconds(1)));
    }

    // "An embassy in Moscow": mentions right after a place preposition name a place, which the state's other names do not cover.
    private static List<EntityMention> PlacesOf(string text, IReadOnlyList<EntityMention> mentions, KnowledgeBase knowledge)
    {
        var words = WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var prepositions = knowledge.Lexicon.Words(Language.Cue.PlacePreposition);
        // Only states (and the capitals standing for them): "membership in the EU" is no place, and every source is about Montenegro.
        return mentions.Where(m => m.Entity.Type == EntityType.Country && m.Entity.Id != "montenegro").Where(mention =>
        {
            var first = WordPattern().Match(mention.Text.ToLowerInvariant()).Value;
            var length = WordPattern().Matches(mention.Text).Count;

            // "in the Ukraine mission vote": a name after "the" and before a noun qualifies that noun; it is no place.
            bool EndsPhrase(int i) => i + length >= words.Count || knowledge.Analyzer.Terms(words[i + length]).Count == 0;
            return Enumerable.Range(1, Math.Max(0, words.Count - 1)).Any(i => words[i] == first && (prepositions.Contains(words[i - 1])
                || (i > 1 && words[i - 1] == "the" && prepositions.Contains(words[i - 2]) && EndsPhrase(i))));
        }).ToList();
    }

    // "the uk" in a question written all in lower case names what "UK" does: the recogniser reads it so, and the analyzer,
    // which reads acronyms by their capitals (so that "US" is not "us"), is given the acronym as the entity writes it.
    private static string WithAcronymsCapitalised(string text, IReadOnlyList<EntityMention> mentions)
    {
        if (text.Any(char.IsUpper))
        {
            return text;
        }

        foreach (var mention in mentions)
        {
            var upper = mention.Text.ToUpperInvariant();
            if (mention.Text.Length <= Montenegro.Bot.Knowledge.Entities.EntityRecognizer.MaxAcronymLength && mention.Text.All(char.IsLetter) && mention.Entity.Aliases.Contains(upper, StringComparer.Ordinal))
            {
                text = Regex.Replace(text, $@"\b{Regex.Escape(mention.Text)}\b", upper, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
        }

        return text;
    }

    /// <summary>
    /// The event the question asks about in the passive ("were killed", "was Zaytsev arrested", "was he convicted") or as what
    /// the counted ones did ("how many soldiers died"), when no source uses its verb.
    /// </summary>
    public UnnamedEvent? UnfamiliarEvent { get; private init; }

    /// <summary>
    /// The nouns by which the sources name an event the question asks with a verb they never use ("was the campaign
    /// criticised": "criticism"): an answer to it states one of them, or it tells of something else.
    /// </summary>
    public IReadOnlyList<string> EventNouns { get; private init; } = [];

    private static UnnamedEvent? UnfamiliarEventOf(string text, IReadOnlySet<string> unfamiliar, IReadOnlyList<EntityMention> mentions, KnowledgeBase knowledge, List<string> eventNouns)
    {
        if (unfamiliar.Count == 0)
        {
            return null;
        }

        // Only the question's own clause: the context a follow-up is asked with comes in brackets after it ("when were they
        // suspended (did the accession talks begin)?"), and its verb marker is no "supposed to" after the participle.
        var own = text.TrimEnd('?', ' ', '.', '!').EndsWith(')') && text.IndexOf(" (", StringComparison.Ordinal) is var bracket and > 0 ? text[..bracket] : text;
        var words = WordPattern().Matches(own.ToLowerInvariant()).Select(m => m.Value).ToList();
        var inName = InNames(words, mentions, knowledge);
        var auxiliaries = knowledge.Lexicon.Words(Language.Cue.PassiveAuxiliary);
        var who = knowledge.Lexicon.Words(Language.Cue.Who);
        var particles = knowledge.Lexicon.Words(Language.Cue.VerbParticle);
        var separable = knowledge.Lexicon.Words(Language.Cue.SeparableParticle);
        var articles = knowledge.Lexicon.Articles;
        var verbMarkers = knowledge.Lexicon.Words(Language.Cue.VerbMarker);
        var intended = false;
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            // "were carried out", "was handed over": a phrasal verb means something else than its participle alone; "a
            // fully fledged member", "the newly elected": a participle after an article or an adverb describes a noun.
            var phrasal = i + 1 < words.Count && particles.Contains(words[i + 1]);
            var describes = articles.Contains(words[i - 1]) || (words[i - 1].Length > 4 && words[i - 1].EndsWith("ly", StringComparison.Ordinal))
                // "How many tabulated polls": a participle straight after "how many", with a word after it, describes the
                // counted noun; "how many died" has none.
                || (words is ["how", "many", ..] && i == 2 && i + 1 < words.Count);
            // "How many soldiers died (in Afghanistan)": what the counted ones did, in the past tense, is the event as surely
            // as a passive is. One with an object ("wanted a referendum") is about the object.
            var countedDid = words is ["how", "many", ..] && i <= MaxWordsAfterAuxiliary + 2
                && (i + 1 == words.Count || !articles.Contains(words[i + 1]));
            var passive = AuxiliaryBefore(words, i, auxiliaries, inName);
            // "Who chairs the council?", "who founded it?": the verb straight after "who" is what the one asked for did, the
            // event asked about as surely as a passive is.
            // "Who carried it out?", "who carried the CEDEM poll out?": a phrasal verb, its object between, is read whole.
            // "Who tends not to support it?", "who seems to back it": a verb before "to" and another verb only hedges that one,
            // which is the deed asked about.
            var did = i == 1 && who.Contains(words[0]) && i + 1 < words.Count && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith('s'))
                && !words.Skip(i + 1).Any(w => particles.Contains(w) || separable.Contains(w))
                && words.Skip(i + 1).SkipWhile(w => w == "not").FirstOrDefault() != "to";
            // "was supposed to be killed", "were expected to join": a participle before another verb tells what was meant to
            // happen, and the event is the verb after it, only intended.
            if (passive && word.EndsWith("ed", StringComparison.Ordinal) && i + 1 < words.Count && verbMarkers.Contains(words[i + 1]))
            {
                intended = true;
                continue;
            }

            if ((word.Length > 4 || (countedDid && word.Length == 4)) && (word.EndsWith("ed", StringComparison.Ordinal) || did) && !phrasal && !describes
                && (passive || countedDid || did)
                && knowledge.Analyzer.Terms(word).Select(knowledge.Index.SourceForm).Where(unfamiliar.Contains).ToList() is [_, ..] unknown)
            {
                var nouns = unknown.SelectMany(t => UnnamedEvent.NounsNamingIt(t, knowledge)).ToList();
                if (nouns.Count == 0)
                {
                    return new UnnamedEvent(word, passive) { Intended = intended };
                }

                eventNouns.AddRange(nouns);
            }
        }

        return null;
    }

    // "was GRU officer Igor Zaytsev arrested": the subject may stand between the auxiliary and the participle.
    private const int MaxWordsAfterAuxiliary = 5;

    // A passive auxiliary at most MaxWordsAfterAuxiliary words before the participle at `at`, a name counting as one word:
    // "When was the State Union of Serbia and Montenegro created?" is as passive as "when was the union created".
    private static bool AuxiliaryBefore(List<string> words, int at, IReadOnlySet<string> auxiliaries, bool[] inName)
    {
        var counted = 0;
        for (var j = at - 1; j >= 0 && counted < MaxWordsAfterAuxiliary; j--)
        {
            if (auxiliaries.Contains(words[j]))
            {
                return true;
            }

            counted += inName[j] && j > 0 && inName[j - 1] ? 0 : 1;
        }

        // "Were any of the 2016 coup plotters convicted?": a yes/no question opens with its auxiliary, and the participle that
        // ends it is passive however long the subject between them.
        return at == words.Count - 1 && at <= MaxWordsAfterOpeningAuxiliary && auxiliaries.Contains(words[0]);
    }

    // The longest subject read between a question's opening auxiliary and the participle that ends it.
    private const int MaxWordsAfterOpeningAuxiliary = 10;

    // Which of the words belong to a name: an entity's, one the sources capitalise ("state union"), or the "of" and "and"
    // that join such words ("Serbia and Montenegro").
    private static bool[] InNames(List<string> words, IReadOnlyList<EntityMention> mentions, KnowledgeBase knowledge)
    {
        var mentioned = mentions.SelectMany(m => WordPattern().Matches(m.Text.ToLowerInvariant()).Select(w => w.Value)).ToHashSet(StringComparer.Ordinal);
        var pairs = knowledge.NameModifierPairs;
        var inName = words.Select((w, i) => mentioned.Contains(w)
            || (i + 1 < words.Count && pairs.Contains((w, words[i + 1])))
            || (i > 0 && pairs.Contains((words[i - 1], w)))).ToArray();
        for (var i = 1; i + 1 < words.Count; i++)
        {
            inName[i] |= words[i] is "of" or "and" && inName[i - 1] && inName[i + 1];
        }

        return inName;
    }

    private static HashSet<string> UnfamiliarTermsOf(string text, IReadOnlySet<string> framing, KnowledgeBase knowledge)
    {
        var unfamiliar = new HashSet<string>(StringComparer.Ordinal);
        var first = true;
        foreach (Match word in WordPattern().Matches(text))
        {
            // A capital inside the sentence, or a word all in capitals, names something: the sources not naming it is news.
            var name = word.Value.Any(char.IsUpper) && (!first || (word.Length > 1 && word.Value.All(c => !char.IsLetter(c) || char.IsUpper(c))));
            first = false;
            if (name)
            {
                continue;
            }

            foreach (var term in knowledge.Analyzer.Terms(word.Value).Select(knowledge.Index.SourceForm))
            {
                if (term.Length > 1 && !framing.Contains(term) && knowledge.Index.PassageFrequency(term) == 0 && !term.Any(char.IsAsciiDigit))
                {
                    unfamiliar.Add(term);
                }
            }
        }

        return unfamiliar;
    }

    // The analyzed words of the lexicon's count and how-much cues ("number", "amount"), and of the total and difference
    // phrases the question uses ("all told", "by how many"): how to work the answer out, not what it is about. Only the
    // phrases used: "points" frames "by how many points more" but is the subject of "what did the poll's points show".
    private static IEnumerable<string> CountingTerms(KnowledgeBase knowledge, string text)
    {
        var words = WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        bool Used(string[] phrase) => Enumerable.Range(0, Math.Max(0, words.Count - phrase.Length + 1)).Any(i => phrase.SequenceEqual(words.Skip(i).Take(phrase.Length)));
        return knowledge.Lexicon.Phrases(Language.Cue.Count).Concat(knowledge.Lexicon.Phrases(Language.Cue.HowMuch))
            .Concat(new[] { Language.Cue.Total, Language.Cue.Difference }.SelectMany(knowledge.Lexicon.Phrases).Where(Used))
            .SelectMany(p => p).SelectMany(w => knowledge.Analyzer.Terms(w));
    }

    // A number the question names, or null. The patterns take ASCII digits only ([0-9], not \d, which
    // matches every script's digits that int.Parse then refuses); TryParse also refuses overflow.
    private static int? AsciiNumber(string digits) =>
        int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    [GeneratedRegex(@"\b(1[89][0-9]{2}|20[0-9]{2})\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\b(?:(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m1>[A-Za-z]{3,9})|(?<m2>[A-Za-z]{3,9})\s+(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?)\b")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"[\p{L}\p{N}%]+")]
    private static partial Regex WordPattern();
}
