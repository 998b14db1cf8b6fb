using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Whether a text can answer what the question asks, beyond sharing its words: a year the question
/// names must be in it ("in 2019" is not answered by a 2015 figure), "how many" needs a number that is
/// not a date, and "when" needs a date. This is what keeps a near-miss question from a near answer.
/// </summary>
internal static partial class SlotCheck
{
    /// <summary>
    /// Whether <paramref name="text"/> (dated <paramref name="date"/>, or set in <paramref name="contextYear"/> by the passage
    /// before it: "Soon after the congressional visit" follows the senators' visit of August 2006) can answer the question.
    /// </summary>
    public static bool Fits(Question question, string text, Facts.FactDate? date = null, bool requireDateForWhen = true, int? contextYear = null)
    {
        foreach (var year in question.Years)
        {
            var y = year.ToString(CultureInfo.InvariantCulture);
            if (!text.Contains(y, StringComparison.Ordinal) && date?.Year != year && contextYear != year)
            {
                return false;
            }
        }

        // "in June": the month must be the fact's or in the text.
        if (question.Months.Count > 0 && !question.Months.All(m => date?.Month == m
            || text.Contains(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m), StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // "On what exact date": a date to the day, not an undated statement.
        if (question.Has(Cue.ExactDate) && date?.Day is null && !DayPattern().IsMatch(text))
        {
            return false;
        }

        if (question.Has(Cue.Count) || question.Has(Cue.HowMuch) || question.WordList.Contains("percentage"))
        {
            var withoutDates = DatePattern().Replace(text, " ");
            if (!StatesNumber(question, withoutDates))
            {
                return false;
            }

            if (question.Has(Cue.Count) && !CountsWhatIsAsked(question, withoutDates))
            {
                return false;
            }
        }

        if (!FocusFits(question, text) || !PersonFits(question, text) || !PlacesFit(question, text) || !ReportsWhatIsAsked(question, text)
            || !AskedSubject.Fits(question, text) || !OwnedThing.Fits(question, text) || !ExpectedEvent.Fits(question, text))
        {
            return false;
        }

        if (AsksDate(question) && requireDateForWhen && date is null && !YearPattern().IsMatch(text))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// "What did Senator Graham say during the visit": what someone said is answered only by a text that reports speech
    /// (said, warned, rebuked); a text that names the speaker and the occasion without reporting words answers nothing asked.
    /// </summary>
    private static bool ReportsWhatIsAsked(Question question, string text)
    {
        if (question.Knowledge is not { } knowledge || question.WordList is not ["what", "did" or "does" or "do" or "has" or "have" or "had", ..])
        {
            return true;
        }

        bool Reporting(string id) => knowledge.Predicates.Find(id)?.IsReporting == true;
        return !question.PredicateIds.Any(Reporting) || knowledge.PredicatesStatedIn(text).Any(Reporting);
    }

    /// <summary>
    /// "How many abstentions", "what number member": a count is stated by a number right before the counted noun ("two
    /// abstentions", "the 29th member"), so the text must put a number before one of the words the question asks about. A
    /// number elsewhere ("the last two permanent members") counts something else.
    /// </summary>
    private static bool CountsWhatIsAsked(Question question, string text)
    {
        // A sum of money ("how much was trade worth", Montenegrin "koliko") is stated after its noun, in a unit.
        if (question.Knowledge is not { } knowledge || question.PredicateTerms.Count == 0
            || question.PredicateIds.Any(id => knowledge.Predicates.Find(id)?.Figures == Extraction.FigureKind.Money))
        {
            return true;
        }

        var numberWords = question.Lexicon.Words(Cue.NumberWord);
        var rank = AsksForRank(question);
        // "How many troops did Montenegro deploy to Liberia?": a count is of the deed that went to the first state named after
        // it ("40 soldiers ... to Afghanistan", then "also deployed to Liberia"), so a foreign state asked about must be that one.
        var places = AskedPlaces(question, knowledge).Where(place => place.Id != "montenegro").ToList();
        bool GoesWhereAsked(int at) => places.Count == 0 || FirstStateAfter(knowledge, text[at..]) is not { } state || places.Any(place => place.Id == state.Id);
        var matches = TokenPattern().Matches(text).ToList();
        var tokens = matches.Select(m => m.Value).ToList();

        // "How many personnel in total": a total of a body of people adds up counts of its kinds ("40 soldiers, a three-member
        // team and two officers"), each under its own noun. A text that names the body itself without counting it ("to send
        // military personnel ... 44 votes") counts something else.
        if (question.Has(Cue.Total) && !rank && question.Lexicon.Phrases(Cue.Collective).FirstOrDefault(question.ContainsPhrase) is { } body
            && !text.Contains(string.Join(' ', body), StringComparison.OrdinalIgnoreCase)
            && tokens.Count(t => char.IsAsciiDigit(t[0]) && t.All(char.IsAsciiDigit) || numberWords.Contains(t.Split('-')[0].ToLowerInvariant())) >= 2)
        {
            return true;
        }

        var collective = question.Lexicon.Phrases(Cue.Collective).Any(question.ContainsPhrase);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var ordinal = char.IsAsciiDigit(tokens[i][0]) && char.IsAsciiLetter(tokens[i][^1]);
            if (!rank && SizedCount.Counts(question, knowledge, tokens, i, collective) && GoesWhereAsked(matches[i].Index))
            {
                return true;
            }

            var isNumber = rank ? ordinal : numberWords.Contains(tokens[i].ToLowerInvariant()) || (char.IsAsciiDigit(tokens[i][0]) && !ordinal);
            if (!isNumber)
            {
                continue;
            }

            // Names between the number and its noun belong to the noun ("six U.S. Senators", "five Russian diplomats").
            var next = i + 1;
            while (next + 1 < tokens.Count && next - i <= MaxNamesBeforeCountedNoun && char.IsUpper(tokens[next][0]) && !Counts(question, knowledge, tokens[next]))
            {
                next++;
            }

            if (Counts(question, knowledge, tokens[next]) && GoesWhereAsked(matches[i].Index))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxNamesBeforeCountedNoun = 3;

    // The first state named after a place preposition in text ("to Afghanistan"), if any.
    private static Entities.Entity? FirstStateAfter(KnowledgeBase knowledge, string text) =>
        PlacePattern().Matches(text)
            .Select(m => knowledge.Recognizer.Recognize(m.Groups["place"].Value).FirstOrDefault(e => e.Entity.Type == Entities.EntityType.Country)?.Entity)
            .FirstOrDefault(state => state is not null && FactDate.MonthOf(state.Name) is null);

    // "What number member of NATO" asks for a rank ("the 29th member"), not a count ("11 UN member states"): a count cue of
    // a question word and a noun ("what number", not "how many") not followed by "of" ("what number of diplomats" is a count).
    private static bool AsksForRank(Question question)
    {
        var words = question.WordList;
        var framing = question.Lexicon.Phrases(Cue.Framing).Where(f => f.Length == 1).Select(f => f[0]).ToHashSet(StringComparer.Ordinal);
        // "How big", "how large" ask a size, which is a count of people, not a rank.
        var size = question.Lexicon.Phrases(Cue.SizeAsked);
        foreach (var phrase in question.Lexicon.Phrases(Cue.Count).Where(p => p.Length == 2 && framing.Contains(p[0]) && !framing.Contains(p[1]) && !size.Any(p.SequenceEqual)))
        {
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (words[i] == phrase[0] && words[i + 1] == phrase[1] && (i + 2 >= words.Count || words[i + 2] != "of"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whether a word of the text is one the question asks about.
    internal static bool Counts(Question question, KnowledgeBase knowledge, string word)
    {
        var terms = knowledge.Analyzer.Terms(word).ToHashSet(StringComparer.Ordinal);
        if (terms.Count > 0 && question.PredicateTerms.Any(t => question.Covers(t, terms)))
        {
            return true;
        }

        // "How many MPs backed it?": those who voted are counted by their votes ("44 votes in favour").
        return question.Has(Cue.Voter) && question.PredicateIds.Count > 0 && word.StartsWith("vote", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether an answer's own words are of the kind the question asks for, whichever path found it: a date for "when" and
    /// "what year", a person for the holder of a role, a place for "where". The strategies check the texts they choose from;
    /// this checks what is finally said ("What year did Croatia join NATO?" is not answered by a list of member states).
    /// </summary>
    public static bool AnswerFits(Question question, string text)
    {
        if (AsksDate(question) && !YearPattern().IsMatch(text) && !MonthPattern().IsMatch(text))
        {
            return false;
        }

        // Whichever path found it, a text of the sources never states an undoing in words they never use.
        if (Coverage.NamesAnUnfamiliarUndoing(question))
        {
            return false;
        }

        return PersonFits(question, text) && PlacesFit(question, text) && NationalityCheck.Fits(question, text) && MoneyFits(question, text)
            && DaysFit(question, text) && YearBound.Fits(question, text) && AskedSubject.Fits(question, text) && OwnedThing.Fits(question, text)
            && ExpectedEvent.Fits(question, text)
            && AskedJudgement.Fits(question, text) && FalsePremise.Fits(question, text)
            && !(question.StartsWith(Cue.Why) && question.Knowledge is { } knowledge && WhyAnswer.ToldInPassing(question, text.Split("\n\n", 2)[0], knowledge));
    }

    /// <summary>Whether the question asks for a date: "when", "on what exact date", "what year", "in which month".</summary>
    public static bool AsksDate(Question question)
    {
        var words = question.WordList;
        return question.StartsWith(Cue.When) || question.Has(Cue.ExactDate)
            || (words.Count > 1 && words[0] is "what" or "which" && words[1] is "year" or "date" or "day" or "month")
            || (words.Count > 2 && words[0] is "on" or "in" && words[1] is "what" or "which" && words[2] is "year" or "date" or "day" or "month");
    }

    /// <summary>
    /// "Which country ratified on 18 May 2017?", "what happened on 16 October 2016?": a day the question names is the day
    /// of what it asks about, so the answer names that day too; Spain's ratification on 10 May does not answer it. A
    /// question that measures from the day, compares with it or asks whether it was so ("before 15 June", "how long
    /// after", "did Russia recognise on 12 June?") may rightly be answered with another day.
    /// </summary>
    public static bool DaysFit(Question question, string text) =>
        question.Days.Count == 0
        || question.Has(Cue.Duration) || question.Has(Cue.Compare) || question.Has(Cue.Before) || question.Has(Cue.After)
        || question.Has(Cue.YesNo) || question.StartsWith(Cue.YesNo)
        || question.Days.All(day => NamesDay(text, day.Day, day.Month));

    private static bool NamesDay(string text, int day, int month)
    {
        var name = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        var shortName = name[..3];
        return Regex.IsMatch(text, $@"\b0?{day}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{name}|{shortName})\b|\b(?:{name}|{shortName})\.?\s+0?{day}(?:st|nd|rd|th)?\b|-{month:00}-{day:00}\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// "How much did the campaign cost?", "how much did Chinese firms invest?": a sum of money is answered by an amount in a
    /// currency the sources write ("160,385,964 euros"), not by a share of a poll or a count.
    /// </summary>
    public static bool MoneyFits(Question question, string text) =>
        !question.Has(Cue.MoneyAsked) || !(question.Has(Cue.HowMuch) || question.Has(Cue.Count)) || StatesMoney(question, text);

    // An amount in a currency the sources write: "160,385,964 euros", "$5 million".
    private static bool StatesMoney(Question question, string text) =>
        question.Knowledge is not { } knowledge
        || knowledge.Predicates.MoneyUnits.Any(unit => unit.All(char.IsLetter)
            ? Regex.IsMatch(text, $@"[0-9]\S*\s+{Regex.Escape(unit)}\b", RegexOptions.IgnoreCase)
            : text.Contains(unit, StringComparison.Ordinal));

    /// <summary>
    /// "Where": the text names a place after a place preposition ("deployed to Liberia", "opened in Beijing") that the
    /// question does not name. And a place the question names ("an embassy in Moscow") is named in the text, as written or
    /// by its state's name after a preposition ("in Russia"): Russia's embassy in Podgorica says nothing of Moscow.
    /// </summary>
    public static bool PlacesFit(Question question, string text)
    {
        if (question.Places.Count > 0)
        {
            // As written or by another of its names, itself after a place preposition ("in Beijing", "to Afghanistan"), or
            // after "for" where a body works for a state ("the mission in Ukraine" is "NATO's mission for Ukraine").
            var after = PlaceOrBeneficiaryPattern().Matches(text).Select(m => text.AsMemory(m.Index + m.Length)).ToList();
            if (!question.Places.All(place => place.Entity.AllNames.Prepend(place.Text).Any(name => after.Any(rest => StartsWithWord(rest.Span, name)))))
            {
                return false;
            }
        }

        if (!DeedPlaceFits(question, text))
        {
            return false;
        }

        // "Where does the party stand on NATO?" asks for a stance, not a place.
        if (!question.StartsWith(Cue.Where) || question.Has(Cue.StanceAsked))
        {
            return true;
        }

        // A month ("in August") is a time, and an organisation ("in NATO's mission") no place.
        return PlacePattern().Matches(text).Any(m =>
            FactDate.MonthOf(m.Groups["place"].Value) is null && !question.Words.Contains(m.Groups["place"].Value.ToLowerInvariant())
            && (question.Knowledge is not { } knowledge
                || !knowledge.Recognizer.Recognize(m.Groups["place"].Value).Any(e => e.Entity.Type is not Entities.EntityType.Country
                    && (e.Text == e.Entity.Name || e.Text.All(c => !char.IsLetter(c) || char.IsUpper(c))))));
    }

    /// <summary>
    /// "Did Montenegro send troops to Afghanistan?", "how many troops are stationed in Montenegro?": the place a question
    /// asks about is where its deed happened, so the clause of the text that tells of that deed (the one sharing most words of
    /// what the question asks, not only its names) must name that place. A place named in another clause ("peacekeepers
    /// were also deployed to Liberia") belongs to another deed, and a deed's clause that names another state after a place
    /// preposition ("40 soldiers ... to Afghanistan") answers for that state only. Texts whose deed names no state are left be.
    /// </summary>
    private static bool DeedPlaceFits(Question question, string text)
    {
        if (question.Knowledge is not { } knowledge || question.PredicateTerms.Count == 0)
        {
            return true;
        }

        var asked = AskedPlaces(question, knowledge);
        if (asked.Count == 0)
        {
            return true;
        }

        // The deed's clause is the one that says most of what is asked ("deployed 40 soldiers" for "send troops"), not one
        // that shares a verb alone ("peacekeepers were also deployed").
        var shared = ClausePattern().Split(text)
            .Select(clause => (Clause: clause, Count: knowledge.Analyzer.Terms(clause).Intersect(question.PredicateTerms).Count()))
            .Where(c => c.Count > 0)
            .ToList();
        var most = shared.Count == 0 ? 0 : shared.Max(c => c.Count);
        var deeds = shared.Where(c => c.Count == most).Select(c => c.Clause).ToList();
        if (deeds.Any(clause => asked.All(place => ClauseNames(knowledge, clause, place))))
        {
            return true;
        }

        return !deeds.Any(clause => PlacePattern().Matches(clause).Any(m => NamesState(knowledge, m.Groups["place"].Value)));
    }

    // The states the question names as a place: right after "in", "at" or "to" ("to Afghanistan", "in Liberia"), ending
    // the phrase ("to Russia's consulate" and "to Russian diplomats" name no place). Montenegro too ("stationed in
    // Montenegro") and after "to", which Question.Places leaves out: there every source is about Montenegro, here "to" is
    // where a deed went.
    private static List<Entities.Entity> AskedPlaces(Question question, KnowledgeBase knowledge) =>
        knowledge.Recognizer.Recognize(question.Text)
            .Where(m => m.Entity.Type == Entities.EntityType.Country && AskedAsPlace(knowledge, question.Text, m.Text))
            .Select(m => m.Entity)
            .DistinctBy(e => e.Id)
            .ToList();

    private static bool AskedAsPlace(KnowledgeBase knowledge, string text, string name) =>
        AskedPlacePrepositionPattern().Matches(text).Any(m =>
            StartsWithWord(text.AsSpan(m.Index + m.Length), name) && EndsPlacePhrase(knowledge, text[(m.Index + m.Length + name.Length)..].TrimStart()));

    // What follows a name ends its phrase: nothing, punctuation or a word of no meaning ("in Liberia in 2010"), not a
    // possessive or a noun it qualifies ("to Russia's consulate", "to Russian diplomats").
    private static bool EndsPlacePhrase(KnowledgeBase knowledge, string following) =>
        following.Length == 0
        || (!char.IsLetter(following[0]) ? following[0] is not ('\'' or '\u2019')
            : knowledge.Analyzer.Terms(WordPattern().Match(following.ToLowerInvariant()).Value).Count == 0);

    // Whether a clause names the place: a foreign state anywhere in it ("aid the US efforts"); Montenegro, whom every
    // clause is about, only after a place preposition ("expelled from Montenegro").
    private static bool ClauseNames(KnowledgeBase knowledge, string clause, Entities.Entity place) =>
        knowledge.Recognizer.Recognize(clause).Any(m => m.Entity.Id == place.Id
            && (place.Id != "montenegro" || NamesAfterPreposition(clause, [m.Text])));

    // Whether one of names follows a place preposition in text ("to Afghanistan", "in the Netherlands").
    private static bool NamesAfterPreposition(string text, IReadOnlyList<string> names) =>
        PrepositionPattern().Matches(text).Any(m => names.Any(name => StartsWithWord(text.AsSpan(m.Index + m.Length), name)));

    // A state (not a month, not an organisation such as NATO) named after a place preposition.
    private static bool NamesState(KnowledgeBase knowledge, string place) =>
        FactDate.MonthOf(place) is null && knowledge.Recognizer.Recognize(place).Any(m => m.Entity.Type == Entities.EntityType.Country);

    /// <summary>
    /// "Who was the ambassador": a question for the holder of a role is answered only by a text that names a person, and
    /// one the question does not name itself ("who was prime minister when Rumsfeld visited" is not answered by Rumsfeld).
    /// </summary>
    private static bool PersonFits(Question question, string text)
    {
        // "What was that intelligence officer's name?": the name of a role's holder is asked as surely as by "who".
        var asksName = question.Words.Contains("name");
        if (question.Knowledge is not { } knowledge || AskedRole(question) is not { } asked
            || !(question.StartsWith(Cue.Who) || asksName || AsksWhichHolder(question, asked.Role)))
        {
            return true;
        }

        // A name asked for is the one the text gives the role's holder, right after the title ("GRU officer Igor Zaytsev",
        // "Parliament Speaker Andria Mandic"): a text that mentions an unnamed officer names no one for it.
        if (asksName)
        {
            return NamesHolderAfterTitle(knowledge, asked.Terms, text) || NamesHoldersAfterState(question, knowledge, text, asked.Terms);
        }

        // The role itself is named in the text, as fully as the question names it: "defence minister" is not answered by
        // "Parliament Speaker Andria Mandic", though both hold an office.
        var textTerms = knowledge.Analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);
        return (asked.Terms.All(textTerms.Contains) || NamesRoleSpeltOtherwise(question, asked.Role, text)) && NamesPersonNotAsked(question, knowledge, text);
    }

    // "Which Chinese ambassador opened the embassy?", "what defence ministers ...": a role right after "which" or "what" (a
    // qualifier or two between them) asks for its holders as "who" does.
    private static bool AsksWhichHolder(Question question, string role)
    {
        var words = question.WordList;
        var first = role.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        // Only qualifiers between: "what did the Secretary General say" asks what was said, not who held the post.
        var auxiliaries = question.Lexicon.Words(Cue.YesNo);
        return words.Count > 1 && words[0] is "which" or "what"
            && words.Skip(1).Take(MaxRoleOffset).TakeWhile(w => !auxiliaries.Contains(w)).Any(w => w == first || w == first + "s");
    }

    // How many words after "which" the role asked for may start ("which Chinese ambassador", "what US defense secretary").
    private const int MaxRoleOffset = 3;

    // The fullest role the question names ("defence minister" rather than "minister"), with its terms; null when none. A
    // role word inside a name the question gives ("the European Council of Ministers") names that body, not a role asked.
    private static (string Role, IReadOnlyList<string> Terms)? AskedRole(Question question)
    {
        if (question.Knowledge is not { } knowledge)
        {
            return null;
        }

        var nameTerms = question.Entities.SelectMany(m => knowledge.Analyzer.Terms(m.Text)).ToHashSet(StringComparer.Ordinal);
        return knowledge.Predicates.RoleNames.Select(role => (Role: role, Terms: knowledge.Analyzer.Terms(role)))
            .Where(r => r.Terms.Count > 0 && r.Terms.All(question.TermSet.Contains) && !r.Terms.All(nameTerms.Contains))
            .OrderByDescending(r => r.Terms.Count)
            .Select(r => ((string, IReadOnlyList<string>)?)r)
            .FirstOrDefault();
    }

    // "Defence secretary" for the sources' "Defense Secretary": each word of the role is in the text as it is or spelt with
    // the other ending of one of the lexicon's spelling pairs.
    private static bool NamesRoleSpeltOtherwise(Question question, string role, string text)
    {
        var words = WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        return role.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(word => words.Contains(word) || Language.Lexicon.OtherSpellings(word, question.Lexicon.SpellingVariants).Any(words.Contains));
    }

    // Whether the text names a person the question does not name itself. A title read with the name ("Defense Secretary
    // Donald Rumsfeld") is the role asked about, not a name the question gives.
    private static bool NamesPersonNotAsked(Question question, KnowledgeBase knowledge, string text)
    {
        return AnswerFacts.PeopleIn(text, knowledge)
            .Any(person => !person.Split(' ').Where(word => !knowledge.Predicates.RoleWords.Contains(word)).Any(word => question.Words.Contains(word.ToLowerInvariant())));
    }

    /// <summary>
    /// "Name the Slovenian foreign and defence ministers": the holders of a role are also named in parentheses right after
    /// the state the question names, with the role said once for several states ("the Slovenian (Karel Erjavec &amp; Roman
    /// Jakič) and Croatian (...) foreign and defense ministers"). The role's words must be in the text, and the parentheses
    /// must name people.
    /// </summary>
    private static bool NamesHoldersAfterState(Question question, KnowledgeBase knowledge, string text, IReadOnlyList<string> roleTerms)
    {
        var states = question.Entities.Where(m => m.Entity.Type == Entities.EntityType.Country).Select(m => m.Entity).ToList();
        if (states.Count == 0 || !roleTerms.All(knowledge.Analyzer.Terms(text).Contains))
        {
            return false;
        }

        return Parenthesised().Matches(text).Any(m =>
            AnswerFacts.PeopleIn(m.Groups["inside"].Value, knowledge).Count > 0
            && knowledge.Recognizer.Recognize(text[..m.Index]).Any(name => states.Any(state => state.Id == name.Entity.Id)
                && text[..m.Index].TrimEnd().EndsWith(name.Text, StringComparison.OrdinalIgnoreCase)));
    }

    [GeneratedRegex(@"\((?<inside>[^()]+)\)")]
    private static partial Regex Parenthesised();

    /// <summary>
    /// The terms of the role ("defence minister") that the question's word at <paramref name="index"/> qualifies when it names
    /// a state ("Montenegrin", "Slovenian") right before it, if the text can be about that state's holder: it names the state,
    /// or the state is Montenegro, whom every source is about ("Foreign Minister Miodrag Vlahović" is Montenegro's without
    /// saying so). Null when the word qualifies no role.
    /// </summary>
    private static IReadOnlyList<string>? RoleQualifiedByState(Question question, IReadOnlyList<string> words, int index, string text)
    {
        if (question.Knowledge is not { } knowledge || index + 1 >= words.Count)
        {
            return null;
        }

        var state = knowledge.Recognizer.Recognize(words[index])
            .FirstOrDefault(m => m.Entity.Type == Entities.EntityType.Country && string.Equals(m.Text, words[index], StringComparison.OrdinalIgnoreCase))?.Entity;
        if (state is null || (state.Id != "montenegro" && !knowledge.Recognizer.Recognize(text).Any(m => m.Entity.Id == state.Id)))
        {
            return null;
        }

        // The fullest role starting there ("parliament speaker" rather than "parliament").
        var role = knowledge.Predicates.RoleNames
            .Select(r => r.Split(' ', '-'))
            .Where(parts => index + 1 + parts.Length <= words.Count && parts.Select((part, i) => words[index + 1 + i] == part).All(same => same))
            .OrderByDescending(parts => parts.Length)
            .FirstOrDefault();
        return role is null ? null : knowledge.Analyzer.Terms(string.Join(' ', role));
    }

    // Whether the word at index is a state's adjective ("German") qualifying the word after it, itself no state's adjective.
    private static bool IsStateAdjectiveBeforeNoun(Question question, IReadOnlyList<string> words, int index) =>
        question.Knowledge is { } knowledge && index + 1 < words.Count
        && knowledge.CountryOfAdjective(words[index]) is not null && knowledge.CountryOfAdjective(words[index + 1]) is null
        && knowledge.Analyzer.Terms(words[index + 1]).Count > 0;

    /// <summary>
    /// "Which German unit commanded the officers?" is not answered by "two officers under German command": where the text puts
    /// the state's adjective only before words the question already says ("command") other than the thing asked, it names
    /// nothing more of that state's for the answer. The thing itself may go by another name ("Russian paper" for "the Russian daily Kommersant"), and a text
    /// without the adjective is left to the other checks.
    /// </summary>
    private static bool NamesAnotherThingOfTheState(Question question, KnowledgeBase knowledge, string adjective, string focus, string text)
    {
        // The asked thing itself after the adjective ("the Canadian Embassy" for "which Canadian embassy") is named.
        var focusTerms = knowledge.Analyzer.Terms(focus);
        var following = Regex.Matches(text, $@"\b{Regex.Escape(adjective)}\s+(?<next>\p{{L}}+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            .Select(m => knowledge.Analyzer.Terms(m.Groups["next"].Value))
            .ToList();
        return following.Count == 0
            || following.Any(terms => terms.Count == 0 || !terms.All(question.TermSet.Contains) || (focusTerms.Count > 0 && focusTerms.All(terms.Contains)));
    }

    /// <summary>
    /// Whether the text names a holder of the role right after its title ("GRU officer Igor Zaytsev", "Defense Minister Boro
    /// Vučinić"), in any spelling of the role the roles list gives ("defence" or "defense"): a text that mentions an unnamed
    /// officer, or "the signature by the Foreign Ministers", names no one for it.
    /// </summary>
    private static bool NamesHolderAfterTitle(KnowledgeBase knowledge, IReadOnlyList<string> roleTerms, string text) =>
        knowledge.Predicates.RoleNames
            .Where(role => knowledge.Analyzer.Terms(role).SequenceEqual(roleTerms))
            .Any(spelling =>
            {
                // "secretary general" is also written "secretary-general".
                var role = string.Join(@"[\s-]+", spelling.Split(' ', '-').Select(Regex.Escape));
                // Or the name stands before the title, set apart by a comma ("Dmitry Senin, a former Russian FSB Colonel").
                return Regex.IsMatch(text, $@"\b(?i:{role}s?),?\s+(?:[A-Z]\.\s*)*\p{{Lu}}\p{{Ll}}", RegexOptions.CultureInvariant)
                    || Regex.IsMatch(text, $@"\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}\p{{Ll}}+,\s+(?i:an?|the)\s+(?:[\p{{L}}-]+\s+){{0,3}}(?i:{role})\b", RegexOptions.CultureInvariant);
            });

    // "According to the demographic breakdown of polling, which groups ...": the question proper follows a lead-in clause.
    private static IReadOnlyList<string> FocusClause(Question question)
    {
        var comma = question.Text.LastIndexOf(',');
        if (comma < 0 || question.WordList is not [not ("what" or "which"), ..])
        {
            return question.WordList;
        }

        var clause = WordPattern().Matches(question.Text[(comma + 1)..].ToLowerInvariant()).Select(m => m.Value).ToList();
        return clause is ["what" or "which", ..] ? clause : question.WordList;
    }

    /// <summary>
    /// "What was the turnout", "which country": the thing asked about right after "what" or "which" must be
    /// in the text (a country for "which country"), or the text answers another question.
    /// </summary>
    private static bool FocusFits(Question question, string text)
    {
        var words = FocusClause(question);
        // "What did parliament approve in June?": after "did" comes the subject; the thing asked is the object "what" stands for.
        if (words.Count < 2 || words[0] is not ("what" or "which") || words[1] is "did" or "does" or "do")
        {
            return true;
        }

        // "What size of contingent", "what number of diplomats": the thing asked is a count, and the counted noun is checked
        // as counted (CountsWhatIsAsked), not as a thing the text must name.
        if (question.Has(Cue.Count) && !AsksForRank(question)
            && question.Lexicon.Phrases(Cue.Count).Any(p => StartsAt(words, 0, p) || StartsAt(words, 1, p)))
        {
            return true;
        }

        // "Which newspaper reported", "what was it called": an instance named in the role asked answers for its class.
        if (NamedInstance.Fits(question, words, text))
        {
            return true;
        }

        if (NamedInstance.AsksCalled(question, words))
        {
            return false;
        }

        var generic = question.Lexicon.Words(Cue.GenericFocus);
        var auxiliaries = question.Lexicon.Words(Cue.PassiveAuxiliary);
        // "What happens next", "what years": any inflection of a generic head word is as generic as the word.
        var genericBases = generic.Select(Inflection.BaseOf).ToHashSet(StringComparer.Ordinal);
        var fillers = question.Lexicon.Words(Cue.FocusFiller);
        // Number words ("which five MPs") and letters ("what's") say nothing of what is asked about.
        var numbers = question.Lexicon.Words(Cue.NumberWord);
        var negations = question.Lexicon.Words(Cue.Negation);
        string? focus = null;
        var pastGenericHead = false;
        var timeHead = false;
        IReadOnlyList<string>? askedRole = null;
        string? stateAdjective = null;
        string? stateAdjectiveHead = null;
        string? deed = null;
        var focusIndex = 0;
        for (var index = 1; index < words.Count; index++)
        {
            var word = words[index];
            if (fillers.Contains(word) || numbers.Contains(word) || word.Length <= 1)
            {
                continue;
            }

            // "Which groups are said to be the main opponents", "thought to be": what the class is said to be is what is asked,
            // not the saying.
            if (pastGenericHead && index + 2 < words.Count && words[index + 1] == "to" && auxiliaries.Contains(words[index + 2]))
            {
                index += 2;
                continue;
            }

            // "Which Montenegrin defence minister": a state's adjective before a role says whose the holder is; the role is
            // what is asked about ("Montenegro's Defense Minister Boro Vučinić").
            if (RoleQualifiedByState(question, words, index, text) is { } role)
            {
                askedRole = role;
                continue;
            }

            if (genericBases.Contains(Inflection.BaseOf(word)))
            {
                pastGenericHead = true;
                timeHead = question.Lexicon.Words(Cue.TimeHead).Contains(word);
                continue;
            }

            // "What was the date Montenegro joined the PfP?": after a head of time, the words are a clause telling what
            // happened then, not a thing the text must name.
            if (timeHead)
            {
                break;
            }

            // "What's the name of that ex FSB colonel": the name of a role's holder is asked by the role's own word, after "of",
            // and a text gives it without saying "name" (the holder is checked as named, PersonFits). The name of a thing or of
            // people of no role ("the names of the diplomats") must still be given as such.
            if (index + 1 < words.Count && words[index + 1] == "of" && question.Lexicon.Words(Cue.NameAsked).Contains(word) && AskedRole(question) is not null)
            {
                continue;
            }

            // "Which German unit commanded ...": a state's adjective before a noun says whose the thing asked about is.
            if (IsStateAdjectiveBeforeNoun(question, words, index))
            {
                stateAdjective = word;
                stateAdjectiveHead = words[index + 1];
                continue;
            }

            // "Which groups mainly do not support ...": after a generic head noun come the predicate's words; a negation, or a
            // word the sources never use ("mainly"), is no name a text could carry. A head noun the sources lack ("what was the
            // turnout") still must be there.
            if (pastGenericHead && (negations.Contains(word)
                || question.Knowledge?.Analyzer.Terms(word) is [_, ..] terms && terms.All(question.UnfamiliarTerms.Contains)))
            {
                continue;
            }

            // "Which theatre director": a word no source uses that qualifies the noun after it ("theatrical director") is
            // no name a text could carry; the noun it qualifies is the thing asked about.
            if (QualifiesNextNoun(question, words, index))
            {
                continue;
            }

            // "What was signed on 19 May 2016?": a participle right after "what was" is the deed done to the thing asked,
            // which the question does not class; the thing is the deed's object, whatever the text calls it. "What is described
            // as the turning point" asks for what it is described as, which follows.
            if (index == 2 && auxiliaries.Contains(words[1]) && IsParticiple(question, word) && (index + 1 >= words.Count || words[index + 1] is not ("as" or "to")))
            {
                return true;
            }

            focus = word;
            focusIndex = index;
            deed = index + 1 < words.Count ? words[index + 1] : null;
            break;
        }

        // The holder of a role is a person, named with the title: "signed by the Foreign Ministers" names no one.
        if (askedRole is not null && question.Knowledge is { } known
            && !(NamesHolderAfterTitle(known, askedRole, text) || NamesHoldersAfterState(question, known, text, askedRole)))
        {
            return false;
        }

        if (focus is null || focus.All(char.IsAsciiDigit))
        {
            return true;
        }

        if (stateAdjective is not null && question.Knowledge is { } owner)
        {
            // "Which Brazilian official came ...": the adjective qualifies a generic or filler head noun, which is the thing asked.
            var asked = stateAdjectiveHead is { } head && (generic.Contains(head) || fillers.Contains(head)) ? head : focus;
            return NamesAnotherThingOfTheState(question, owner, stateAdjective, asked, text);
        }

        if (question.Knowledge is { } leader && deed is not null && question.Lexicon.Words(Cue.LeadingDeed).Contains(deed)
            && !StatesLeadingDeed(leader, deed, focus, text))
        {
            return false;
        }

        if (question.Lexicon.Words(Cue.GroupFocus).Contains(focus) && question.Knowledge is { } parties && NamesGroupOfPerson(parties, text))
        {
            return true;
        }

        // "What was the value of trade": a sum of money asked about is answered by an amount in a currency.
        if (question.Lexicon.Words(Cue.MoneyAsked).Contains(focus))
        {
            return StatesMoney(question, text);
        }

        if (question.Lexicon.Words(Cue.CountryFocus).Contains(focus))
        {
            return question.Knowledge is not { } kb
                || kb.Recognizer.Recognize(text).Any(m => m.Entity.Type is Entities.EntityType.Country or Entities.EntityType.Organisation && m.Entity.Id != "montenegro");
        }

        // "Which city": any place the text names after a place preposition ("in Belgrade").
        if (question.Lexicon.Words(Cue.PlaceFocus).Contains(focus))
        {
            return PlacePattern().Matches(text).Any(m => FactDate.MonthOf(m.Groups["place"].Value) is null);
        }

        if (question.Knowledge is not { } knowledge)
        {
            return true;
        }

        var focusTerms = knowledge.Analyzer.Terms(focus);
        if (focusTerms.Count == 0 || question.Entities.Any(m => m.Text.Contains(focus, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // Names the analyzer folds into one term ("Democratic Party of Socialists") still hold their words.
        var textTerms = knowledge.Analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);
        if (AsksForRole(question, focus))
        {
            return NamesRoleNotAsked(question, knowledge, textTerms);
        }

        var singular = focus.EndsWith('s') ? focus[..^1] : focus;
        return focusTerms.All(textTerms.Contains) || text.Contains(singular, StringComparison.OrdinalIgnoreCase)
            || focusTerms.All(term => Synonyms.Cover(knowledge, term, textTerms))
            || StatesFocusPredicate(question, knowledge, focus, focusTerms, text)
            || UnfamiliarFocus.Fits(question, knowledge, words, focusIndex, genericBases, text);
    }

    // "What post had Sekulović held?", "what job": a word for a role (not a party, which is a group) asks for a role by class.
    private static bool AsksForRole(Question question, string focus) =>
        question.Lexicon.Words(Cue.RoleAsked).Contains(focus) && !question.Lexicon.Words(Cue.GroupFocus).Contains(focus);

    /// <summary>
    /// "What post had Radomir Sekulović held?": a role asked by its class word is answered by a text that names a role
    /// ("former spokesperson"), one the question does not name itself; a text that names no role answers another question.
    /// </summary>
    private static bool NamesRoleNotAsked(Question question, KnowledgeBase knowledge, IReadOnlySet<string> textTerms) =>
        knowledge.Predicates.RoleNames.Select(role => knowledge.Analyzer.Terms(role))
            .Any(terms => terms.Count > 0 && terms.All(textTerms.Contains) && !terms.All(question.TermSet.Contains));

    /// <summary>Whether <paramref name="text"/> states a number, in digits or in a number word ("two", "three-member").</summary>
    internal static bool StatesNumber(Question question, string text) =>
        text.Any(char.IsAsciiDigit) || WordPattern().Matches(text.ToLowerInvariant()).Any(m => question.Lexicon.Words(Cue.NumberWord).Contains(m.Value));

    // Whether phrase stands in words at index.
    private static bool StartsAt(IReadOnlyList<string> words, int index, string[] phrase) =>
        index + phrase.Length <= words.Count && phrase.Select((part, i) => words[index + i] == part).All(same => same);

    // "signed", "handed over": a verb's past form, a predicate's verb or a word with the regular ending.
    private static bool IsParticiple(Question question, string word) =>
        word.EndsWith("ed", StringComparison.Ordinal)
        || (question.Knowledge is { } knowledge && knowledge.PredicatesNamedByVerbs(new HashSet<string>(StringComparer.Ordinal) { word }).Count > 0);

    // Whether the word at index is one no source uses, right before the title of a role ("theatre director").
    private static bool QualifiesNextNoun(Question question, IReadOnlyList<string> words, int index)
    {
        if (question.Knowledge is not { } knowledge || index + 1 >= words.Count
            || knowledge.Analyzer.Terms(words[index]) is not [_, ..] terms || !terms.All(question.UnfamiliarTerms.Contains))
        {
            return false;
        }

        return knowledge.Predicates.RoleNames.Any(role => role.Split(' ', '-') is var parts && index + parts.Length < words.Count
            && parts.Select((part, i) => string.Equals(words[index + 1 + i], part, StringComparison.OrdinalIgnoreCase)).All(same => same));
    }

    /// <summary>
    /// "Which groups are the main opponents of membership?": a focus that names what was done ("opponents": oppose) is
    /// answered by a text that states that deed in its own words ("groups that do not support membership").
    /// </summary>
    private static bool StatesFocusPredicate(Question question, KnowledgeBase knowledge, string focus, IReadOnlyList<string> focusTerms, string text)
    {
        // A verb ("which newspaper reported") is the deed of the thing asked, not the thing: that thing must be named.
        if (knowledge.PredicatesNamedByVerbs(new HashSet<string>(StringComparer.Ordinal) { focus }).Count > 0)
        {
            return false;
        }

        var named = knowledge.PredicatesNamedBy(focusTerms.ToHashSet(StringComparer.Ordinal));
        return named.Count > 0 && named.All(question.PredicateIds.Contains) && knowledge.PredicatesStatedIn(text).Any(named.Contains);
    }

    /// <summary>
    /// "Which senator led the delegation?": the text must say that one of them led it ("led by Senator McCain"); a list of
    /// six senators who visited names no leader.
    /// </summary>
    private static bool StatesLeadingDeed(KnowledgeBase knowledge, string deed, string focus, string text)
    {
        var deedTerms = knowledge.Analyzer.Terms(deed);
        var textTerms = knowledge.Analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);
        return deedTerms.Count == 0 || deedTerms.All(textTerms.Contains) || Regex.IsMatch(text, UnderThe(focus), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    // "handled by the MAPA agency under theatrical director Radmila Vojvodić": what is done under someone's title and name
    // is led by them, whatever the verb. The title, after a word or two that qualify it, then a capitalised name. Matched
    // through Regex's own cache of patterns, not compiled anew for each candidate text.
    private static string UnderThe(string focus) =>
        $@"\bunder\s+(?:the\s+)?(?:[\p{{L}}-]+\s+){{0,2}}{Regex.Escape(focus)}s?\s+\p{{Lu}}";

    /// <summary>
    /// "Which party was Degtyarev from?": a person's party is named as the group he is of or a member of ("MP Mikhail
    /// Degtyarev of the nationalist LDPR", "members of the pro-Russian Democratic Front"), which need not say "party".
    /// </summary>
    private static bool NamesGroupOfPerson(KnowledgeBase knowledge, string text) =>
        GroupOfPattern().Matches(text).Any(m => !knowledge.Recognizer.Recognize(m.Groups["group"].Value)
            .Any(e => e.Entity.Type == Entities.EntityType.Country));

    // "of the nationalist LDPR", "members of the pro-Russian Democratic Front": "of the", up to two words describing the
    // group, then its name, an abbreviation or two capitalised words.
    [GeneratedRegex(@"\bof\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?<group>\p{Lu}{2,}\b|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)")]
    private static partial Regex GroupOfPattern();

    [GeneratedRegex(@"\b[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+[0-9]{1,2}\b|\b(?:19|20)[0-9]{2}(?:-[0-9]{2}){0,2}\b")]
    private static partial Regex DatePattern();

    /// <summary>A year of the sources' time, 1900 to 2099.</summary>
    [GeneratedRegex(@"\b(?:19|20)[0-9]{2}\b")]
    internal static partial Regex YearPattern();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"\b[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+[0-9]{1,2}\b|\b(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}\b")]
    private static partial Regex DayPattern();

    // Whether text starts with the whole word or words of name ("Beijing", not "Beijinger").
    private static bool StartsWithWord(ReadOnlySpan<char> text, string name) =>
        text.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (text.Length == name.Length || !char.IsLetterOrDigit(text[name.Length]));

    [GeneratedRegex(@"\b(?:in|at|to|from|near)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionPattern();

    [GeneratedRegex(@"\b(?:in|at|to|from|near|for)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceOrBeneficiaryPattern();

    [GeneratedRegex(@"\b(?<preposition>in|at|to|from|near)\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}.-]+)")]
    private static partial Regex PlacePattern();

    // Clauses of a text: sentences, and the parts a colon or semicolon sets apart ("joined NATO operations: in 2010 ...").
    [GeneratedRegex(@"(?<=[.;:!?])\s+")]
    private static partial Regex ClausePattern();

    // Where a deed the question asks about happened or went: "in Liberia", "to Afghanistan" (not "from", its origin).
    [GeneratedRegex(@"\b(?:in|at|to)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex AskedPlacePrepositionPattern();

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[0-9]+(?:[.,][0-9]+)?(?:st|nd|rd|th|%)?|[\p{L}]+(?:-[\p{L}]+)*")]
    private static partial Regex TokenPattern();
}
