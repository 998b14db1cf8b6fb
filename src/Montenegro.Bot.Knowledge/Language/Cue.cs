namespace Montenegro.Bot.Knowledge.Language;

/// <summary>
/// A kind of word that shapes a question's frame, listed with its English words in the lexicon's
/// <c>cues</c> section (so wording lives in <c>data/</c>, not in code).
/// </summary>
public enum Cue
{
    /// <summary>Asks for a date.</summary>
    When,
    /// <summary>Asks for a person or body.</summary>
    Who,
    /// <summary>Asks for a cause or aim.</summary>
    Why,
    /// <summary>Asks for a place.</summary>
    Where,
    /// <summary>Asks for a number of things.</summary>
    Count,
    /// <summary>Asks for an amount.</summary>
    HowMuch,
    /// <summary>Asks for the time between two events.</summary>
    Duration,
    /// <summary>The earliest of several.</summary>
    First,
    /// <summary>The latest of several.</summary>
    Last,
    /// <summary>The largest of several.</summary>
    Highest,
    /// <summary>The smallest of several.</summary>
    Lowest,
    /// <summary>Sets two things against each other.</summary>
    Compare,
    /// <summary>Sets two things side by side as alternatives or a comparison ("… or …", "… than …"): no yes/no claim.</summary>
    Alternative,
    /// <summary>Asks how something changed over time.</summary>
    Trend,
    /// <summary>A change upwards ("rose", "went up").</summary>
    Rise,
    /// <summary>A change downwards ("dropped", "fell").</summary>
    Fall,
    /// <summary>Negates the question.</summary>
    Negation,
    /// <summary>Asks about the present.</summary>
    Now,
    /// <summary>Auxiliaries that open a yes/no question.</summary>
    YesNo,
    /// <summary>Asks for a list.</summary>
    List,
    /// <summary>A greeting.</summary>
    Greeting,
    /// <summary>Thanks or an acknowledgement.</summary>
    Thanks,
    /// <summary>A farewell ("bye", "see you"): the user is leaving, and gets a goodbye rather than a decline.</summary>
    Farewell,
    /// <summary>Asks what the bot can do.</summary>
    Help,
    /// <summary>Opens an elliptical follow-up ("and Russia?").</summary>
    FollowUp,
    /// <summary>A pronoun for a person.</summary>
    PersonPronoun,
    /// <summary>A pronoun for a thing.</summary>
    ThingPronoun,
    /// <summary>The year after the one in context.</summary>
    YearAfter,
    /// <summary>The year before the one in context.</summary>
    YearBefore,
    /// <summary>Support for something.</summary>
    Support,
    /// <summary>Opposition to something.</summary>
    Opposition,
    /// <summary>Words by which a text gives a cause or aim (for "why" questions).</summary>
    ReasonMarker,
    /// <summary>Words by which a text tells a view held of something ("claims", "called it"): a stated view is a cause given.</summary>
    ReasonView,
    /// <summary>Words after "which" or "what" that ask for a country ("which country").</summary>
    CountryFocus,
    /// <summary>Words after "which" or "what" that ask for a place ("which city"), answered by any place the text names.</summary>
    PlaceFocus,
    /// <summary>Head nouns after "which" or "what" that say nothing of what is asked about ("what year", "which groups").</summary>
    GenericFocus,
    /// <summary>
    /// Verbs that ask what a thing holds ("what would it cover?", "what does it include?"): only a text that lists its
    /// contents (<see cref="ContentsListed"/>) answers them.
    /// </summary>
    ContentAsked,
    /// <summary>Words by which a text lists what a thing holds ("in areas such as", "including", "namely").</summary>
    ContentsListed,
    /// <summary>Words between "which" or "what" and the head noun asked about ("what was the", "which main", "what kind of").</summary>
    FocusFiller,
    /// <summary>Class words for a news outlet ("newspaper", "agency"): such a one is asked for by name, not by its class word.</summary>
    OutletFocus,
    /// <summary>Verbs by which an outlet tells news ("reported", "wrote"): the outlet is named before or after them.</summary>
    ReportingVerb,
    /// <summary>Words that ask for the name a thing was given ("called", "named"): the name stands before or after the thing.</summary>
    NamingAsked,
    /// <summary>A number written as a word.</summary>
    NumberWord,
    /// <summary>Spoken cardinal numbers with their value ("forty 40"): a voice question's "forty four" is read as 44.</summary>
    SpokenNumber,
    /// <summary>Spoken ordinal numbers with their value ("eighth 8"): read as a day of a month ("August twenty eighth").</summary>
    SpokenOrdinal,
    /// <summary>Spoken multipliers with their value ("thousand 1000"): "two thousand six" is 2006.</summary>
    SpokenScale,
    /// <summary>A spoken zero inside a year ("twenty oh six").</summary>
    SpokenYearZero,
    /// <summary>Words that may join the parts of a spoken number after a multiplier ("two thousand and ten").</summary>
    SpokenNumberJoin,
    /// <summary>Words before a spoken ordinal that make it a day when a month follows ("on the fifth June").</summary>
    SpokenDayBefore,
    /// <summary>Words before "may" that make it the month when a spoken day follows ("on may first", not "it may first seem").</summary>
    SpokenMonthBefore,
    /// <summary>
    /// The words speech-to-text writes for a letter said alone, with the letter ("dee d", "are r"): "dee ex see see" is DXCC,
    /// "g are you" GRU, when the letters spell an abbreviation of the sources.
    /// </summary>
    SpokenLetter,
    /// <summary>Asks what happened at a time ("what happened", "what took place"): answered from what the sources date to it.</summary>
    DatedEvent,
    /// <summary>Endings that make a noun of a verb ("react": "reaction", "deploy": "deployment"): a question's word matches its derived form.</summary>
    DerivationalSuffix,
    /// <summary>
    /// Endings that make an adjective of a noun ("parliament": "parliamentary", "constitution": "constitutional"): a question's
    /// adjective is covered by the noun in a text, not the other way round ("secret" is not "secretary").
    /// </summary>
    AdjectiveSuffix,
    /// <summary>Words that open the span between two events named after them ("between A and B", "how many years separate A and B").</summary>
    SpanBetween,
    /// <summary>
    /// Endings that make the noun naming a verb's event ("annexation", "deployment", "closure", "approval", "acceptance"):
    /// a source using the noun names the event a question asks of with the verb.
    /// </summary>
    EventNounSuffix,
    /// <summary>Words that say what kind of question it is or how to answer it, not what it is about ("what", "tell", "happen", "go").</summary>
    Framing,
    /// <summary>"Did A happen before B": one event earlier than the other.</summary>
    Before,
    /// <summary>"Did A happen after B": one event later than the other.</summary>
    After,
    /// <summary>"On the same day": two events on one date.</summary>
    SameDay,
    /// <summary>"On the same day as Russia": the name after it is the date of reference, and what is asked shares that date.</summary>
    SameDayAs,
    /// <summary>Words that ask for a date to the day ("on what exact date"), which an undated statement does not answer.</summary>
    ExactDate,
    /// <summary>
    /// Words before a name that make it a place ("an embassy in Moscow"), not the state a capital stands for ("Moscow
    /// protested"): a place is not covered by the state's other names.
    /// </summary>
    PlacePreposition,
    /// <summary>
    /// A reaction ("respond", "react"): asked without saying to what ("how did Russia respond?"), it is a reaction to what
    /// the conversation was just about.
    /// </summary>
    Reaction,
    /// <summary>Pronouns that can stand for a thing as an object ("getting it"), unlike possessives ("its admission").</summary>
    ObjectPronoun,
    /// <summary>Asks who carried out a poll ("which polling firm", "who conducted").</summary>
    PollsterAsked,
    /// <summary>Prefixes that turn a word's meaning ("reopen", "unrecognised"): such a word is no paraphrase of the plain one.</summary>
    MeaningPrefix,
    /// <summary>
    /// Verbs that undo an event ("withdraw", "pull out", "revoke"): asked in words no source uses, the undoing is no
    /// paraphrase of the event the sources state (the deployment is not the withdrawal).
    /// </summary>
    Undoing,
    /// <summary>Asks for the sum of several counts ("in total", "altogether", "adding up").</summary>
    Total,
    /// <summary>Asks how far apart two counts are ("by how many", "margin", "gap").</summary>
    Difference,
    /// <summary>Words for a share in per cent or percentage points ("percent", "%", "points").</summary>
    Percentage,
    /// <summary>Words after a number that add it to a count already stated ("six more", "another two").</summary>
    Additional,
    /// <summary>Words before a number that point back at things already named ("the two countries") rather than count them.</summary>
    Reference,
    /// <summary>Words that join the items of a list of counts ("44 in favour, five against and two abstentions").</summary>
    ListJoiner,
    /// <summary>Words that ask for how things turned out ("in the end", "finally"), not for the time the conversation was at.</summary>
    Eventually,
    /// <summary>Words that point back at one poll the last answer gave ("that one", "that poll").</summary>
    PollReference,
    /// <summary>
    /// Words of their own for the opinion-poll table ("tabulated", "tabular"): its rows, not the figures the article's text
    /// quotes. "Table" itself is read as a term, not a cue, so "and the highest support in the table?" still asks more than a
    /// fragment of the last question.
    /// </summary>
    PollTable,
    /// <summary>
    /// Endings of a country's adjective ("Russian", "Chinese", "British"): a country's one-word alias so ending, before a
    /// noun, says whose the thing is ("Montenegrin diplomats").
    /// </summary>
    DemonymEnding,
    /// <summary>
    /// Those who cast votes ("MPs", "lawmakers", "deputies"): "how many MPs backed it" is counted by the votes the sources
    /// count ("44 votes in favour").
    /// </summary>
    Voter,
    /// <summary>
    /// Words for a body of people counted by its kinds ("personnel": soldiers, a medical team and officers), so that "how
    /// many personnel in total" adds up the counts of each kind.
    /// </summary>
    Collective,
    /// <summary>
    /// Units after a number and a hyphen that state the size of the thing named next ("a three-member team", "a three-man
    /// crew"): the number counts the people of that thing. Words other cues already hold, so that no short question made of
    /// them reads as a follow-up fragment.
    /// </summary>
    SizeUnit,
    /// <summary>
    /// Words that ask the size of a thing ("how big was the team", "the size of the team"): a body's size is its number of
    /// people, so "a three-member team" answers it as "how many people were in the team" would be.
    /// </summary>
    SizeAsked,
    /// <summary>Words that ask for a sum of money ("cost", "spend", "invest", "budget"): only an amount in a currency answers.</summary>
    MoneyAsked,
    /// <summary>Forms of "be" and "get" that make a passive ("was arrested", "were killed", "got expelled").</summary>
    PassiveAuxiliary,
    /// <summary>
    /// Generic head nouns that ask for a time ("the date", "the year"): the words after them ("the date Montenegro joined")
    /// are a clause telling what happened then, not a thing the answer must name.
    /// </summary>
    TimeHead,
    /// <summary>
    /// Ordinary English words one letter away from a one-word name of <c>entities.json</c> ("begin" and Benin, "parts" and
    /// Paris, "child" and Chile), which the sources never use: read as themselves, never as a typo of the name. Forms of a
    /// name ("Russians", "Brasil") are not among them; a typo tolerance that bends them to the name is what it is for.
    /// </summary>
    OrdinaryWord,
    /// <summary>
    /// Words that open a clause placing a question in time ("before parliament voted", "after Russia invaded Ukraine"): its
    /// verb dates the deed asked of and is not that deed.
    /// </summary>
    TemporalSubordinator,
    /// <summary>
    /// Words that tell a deed as planned ("the next step for Montenegro is the ratification of ..."): what is expected next,
    /// not whether it will happen, and not done yet.
    /// </summary>
    PlannedStep,
    /// <summary>Particles that make a phrasal verb of a participle ("carried out", "handed over"), which then means something else.</summary>
    VerbParticle,
    /// <summary>Words that ask for a share of a whole ("what share", "what portion", "percentage"): answered by a figure in per cent.</summary>
    ShareAsked,
    /// <summary>
    /// Particles that may stand after a phrasal verb's object ("hand Senin over", "kick the diplomats out"): what ends a
    /// paraphrase form said with its object between.
    /// </summary>
    SeparableParticle,
    /// <summary>Words for more than half ("majority", "more than half"): a poll's share over 50%.</summary>
    Majority,
    /// <summary>Words that set a lower bound on a figure ("above 50%", "more than 45 percent").</summary>
    Above,
    /// <summary>Words that set an upper bound on a figure ("below 50%", "under 40 percent").</summary>
    Below,
    /// <summary>Details of how a poll was carried out that a poll table does not give ("margin of error", "sample size").</summary>
    PollMethod,
    /// <summary>Parts of the population a poll may be broken down by ("women", "Catholics", "Roma", "residents").</summary>
    PopulationGroup,
    /// <summary>Words by which a text says someone is for something ("supports", "backers", "desire"): a party's or person's stance.</summary>
    StanceFor,
    /// <summary>Words by which a text says someone is against something ("opposed", "opponent").</summary>
    StanceAgainst,
    /// <summary>Words by which a text says someone takes neither side ("neutral", "ambiguous").</summary>
    StanceNeither,
    /// <summary>A prefix that labels someone as for what follows it ("pro-NATO parties"): a stance given as a label.</summary>
    StanceLabelFor,
    /// <summary>A prefix that labels someone as against what follows it ("anti-NATO parties").</summary>
    StanceLabelAgainst,
    /// <summary>Words by which a text says someone argued or called for something ("argued that", "called for", "demanded"): a
    /// stance for what they argue should be done.</summary>
    StanceArgued,
    /// <summary>Words that ask for someone's stance without taking a side ("position", "stance", "view").</summary>
    StanceAsked,
    /// <summary>Words that set something aside ("besides the US", "apart from NATO headquarters"): the answer must go beyond it.</summary>
    Exclusion,
    /// <summary>
    /// Words that put the verb after them ("did", "will", "to"): "did the parliament vote" has a verb where "the 2015
    /// protests" has a noun of the same form.
    /// </summary>
    VerbMarker,
    /// <summary>Prepositions, after which an "-ing" word is a noun ("the vote on joining"), not the question's verb.</summary>
    Preposition,
    /// <summary>Words by which a text says someone refused an act ("refused to", "declined to"): the act did not happen.</summary>
    Refusal,
    /// <summary>Words that ask of a vote without dissent ("unanimously", "without opposition"): one vote against contradicts them.</summary>
    Unanimous,
    /// <summary>A word stating an event only as expected or hoped for ("would", "expected"), not as having happened.</summary>
    ExpectedOnly,

    /// <summary>
    /// Words that place a later part of a question after the one before ("and what was he seeking when he came
    /// afterwards?"): the parts' order says so, and the words are no thing a passage must name.
    /// </summary>
    TieBack,
    /// <summary>A deed by which one of several leads the rest ("led", "headed", "chaired", "organised").</summary>
    LeadingDeed,
    /// <summary>A party or group a person belongs to ("party", "faction").</summary>
    GroupFocus,
    /// <summary>The words that open a question ("what", "when", "how"): a misspelt first word is one of them before any other word.</summary>
    Interrogative,
    /// <summary>
    /// Words that open a question asking for the bot's own judgement ("should", "do you think"): the sources state facts,
    /// not the bot's opinion, so only a text that states the judgement itself answers it.
    /// </summary>
    OpinionLead,
    /// <summary>Words that judge rather than tell ("mistake", "wise", "reliable", "good for"): only a text that says so answers.</summary>
    Evaluation,
    /// <summary>Words that open a question about the future ("will", "wont"): only a text stating a plan or expectation answers.</summary>
    FutureLead,
    /// <summary>
    /// Phrases that ask about what is to come in other words than "will" ("going to", "scheduled", "expected to"): a forecast,
    /// unless the question is put in the past (<see cref="PastTense"/>).
    /// </summary>
    ForecastPhrase,
    /// <summary>Phrases that ask for a kind of a thing ("what kind of mission"): a text naming one of that kind answers.</summary>
    KindAsked,
    /// <summary>Words that put a question in the past ("was", "did"): "when was it expected to be ratified?" asks no forecast.</summary>
    PastTense,
    /// <summary>Words that ask a person's age ("how old"): only a text stating an age answers.</summary>
    AgeAsked,
    /// <summary>Words that count a span in years ("how many years"): a duration is given in years.</summary>
    YearsUnit,
    /// <summary>Words that count a span in days or weeks: a duration is given in days.</summary>
    DaysUnit,
    /// <summary>Words that count a span in months: a duration is given in months.</summary>
    MonthsUnit,
    /// <summary>Words that count a span in weeks ("two weeks earlier"): seven days each.</summary>
    WeeksUnit,
    /// <summary>Words that ask for a span without naming what lasted ("long", "take", "last", "pass").</summary>
    SpanVerb,
    /// <summary>Verbs that start what lasts ("began", "opened"): with one date after it and an ending verb's date, a stated span.</summary>
    SpanStart,
    /// <summary>Verbs that end what lasts ("concluded", "ended").</summary>
    SpanEnd,
    /// <summary>Words that ask for things to be put in date order ("in order", "chronological", "in sequence").</summary>
    Chronology,
    /// <summary>Words that ask for several of a kind ("the last ones"): not which one of two named events.</summary>
    Several,
    /// <summary>Nouns for a step on a road ("step", "milestone", "stage"): the first or last of them is asked.</summary>
    MilestoneNoun,
    /// <summary>
    /// Nouns for one entry of a list or table ("item", "entry", "row"): "which item of the timeline" asks for the entry itself,
    /// not for a thing of that name. No word here may end a compound the sources write ("line" would split "timeline").
    /// </summary>
    RecordNoun,
    /// <summary>
    /// Words speech-to-text writes for a question word, each phrase the heard word then the question word it stands for
    /// ("witch which"): a question opening with one opens with the question word.
    /// </summary>
    HeardOpening,
    /// <summary>
    /// Words that sound the same, each phrase one group ("meat meet", "know no", "role roll"): speech-to-text writes any of them
    /// for another, and a question's word is read as the one the sources write in its place (see HeardPhrases).
    /// </summary>
    Homophone,
    /// <summary>Words by which the writer names themself or the bot ("I", "my", "you"): words of a lead-in, not of a topic.</summary>
    SpeakerWord,
    /// <summary>Words that ask about the population's ethnic groups ("which ethnic group", "communities"): the polls of each group.</summary>
    EthnicFocus,
    /// <summary>
    /// Words that ask who the people just counted or mentioned were ("who were they", "their names"): only an answer naming
    /// someone the conversation has not named yet answers.
    /// </summary>
    IdentityAsked,
    /// <summary>
    /// Pronouns that point back to what an earlier question named ("he", "it", "they"): "and what party is he in" after
    /// "who threatened Montenegro" is a question of its own about the person the first one asks for.
    /// </summary>
    ReferringPronoun,
    /// <summary>Nouns for whoever ran a poll ("firm", "pollster"), as a question says a poll lacks one ("don't name a polling firm").</summary>
    PollsterNoun,
    /// <summary>
    /// Words for a poll ("poll", "survey"): a pollster the sources only describe ("the government") is that pollster only in
    /// a question about polls; "the government's pro-NATO campaign" is no poll's.
    /// </summary>
    PollNoun,
    /// <summary>
    /// Words that ask what an abbreviation stands for ("stand for", "short for", "full name"): answered only by the name the
    /// abbreviation is short for, which the sources may never give.
    /// </summary>
    ExpansionAsked,
    /// <summary>
    /// Words that tell a deed as done again ("six more diplomats", "expelled again"): the sources tell it as a series, so a
    /// year they give no time of is not denied.
    /// </summary>
    Repetition,
    /// <summary>Nouns a question calls a stated figure by ("the number 336", "the figure 160,385,964"): it asks what the figure is.</summary>
    FigureNoun,
    /// <summary>Words that ask of all of several, not of any ("all", "every", "always"): "was support above half in every poll?".</summary>
    EveryOne,
    /// <summary>Words for how far one side of a poll is ahead of the other ("lead", "margin", "gap"): the table's lead column.</summary>
    Lead,
    /// <summary>Words that call a poll close on their own ("closest", "tightest"): the smallest lead, with no word for the lead needed.</summary>
    CloseRace,
    /// <summary>Verbs by which one side of a poll is larger than the other ("outnumber", "outweigh"): more of the first than the second.</summary>
    Outnumber,
    /// <summary>
    /// Words that ask what one thing did to another ("affect", "impact", "do to"): the whole sentence that tells it, with the
    /// clause that says how ("drove relations down further, with five diplomats expelled").
    /// </summary>
    Effect,
    /// <summary>Words that ask for what someone or something is called ("name", "called"): a name the last answer lacks, not a re-reading of it.</summary>
    NameAsked,
    /// <summary>The auxiliary of a question on a deed ("who did he meet?"): only a text that tells that deed answers it.</summary>
    DoSupport,
    /// <summary>Words that ask for someone's post or side ("job", "position", "party"): a focus that names the person answers them.</summary>
    RoleAsked,
    /// <summary>Verbs that point back at what the bot said ("mentioned", "named"): "the guy you mentioned" is someone already named.</summary>
    MentionVerb,
    /// <summary>Nouns for a person with no name ("guy", "man", "woman"): a back-reference with one stands for "him" or "her".</summary>
    PersonNoun,
    /// <summary>Words by which a "why" question asks what something was for ("purpose", "meant to"): a text that states an aim answers it first.</summary>
    PurposeAsk,
    /// <summary>Words by which a text states an aim ("aiming to", "in order to", "seeking"), not only a cause or a hedge ("allegedly").</summary>
    PurposeMarker,
    /// <summary>
    /// Words by which a question tells a choice not to do something ("decided against"): what was chosen is the negated deed, so
    /// a text that says it did not happen ("would not be offering") tells it, and the words of the choice are no part of the deed.
    /// </summary>
    NegatedChoice,
    /// <summary>
    /// Plural nouns for a group of people ("senators", "diplomats", "officials"): a country's name directly before one
    /// ("US senators") says whose the group is, so the group, not the country, is what a later "they" stands for.
    /// </summary>
    PeopleGroup,
    /// <summary>
    /// Words by which a sentence goes on from the one before it ("also", "as well", "likewise"): "Flag raising ceremonies were
    /// also held at Mons" adds to what the sentence before states (the flag raised at NATO Headquarters), which is part of it.
    /// </summary>
    Continuing,
    /// <summary>
    /// Verbs that only carry the event a noun after them names ("adopt", "issue", "make"): "when did parliament adopt its
    /// declaration of independence" asks when it declared independence, not of another adoption.
    /// </summary>
    SupportVerb,
    /// <summary>
    /// Words that ask for what followed without naming it ("what came next?", "anything else?"): with a time the follow-up
    /// names from the conversation's date ("two days later"), they ask for whatever the sources date to that time.
    /// </summary>
    Sequel,
    /// <summary>
    /// Words of the chat register that say nothing of what a question asks ("guy", "pretty", "like", "though", "he"): a text
    /// answering the question need not use them, so they are no terms it must cover.
    /// </summary>
    ChatFiller,
    /// <summary>A tag put after a question to ask for agreement ("…, right?", "huh?"): no part of what is asked.</summary>
    TagQuestion,
    /// <summary>Words after which a number of two digits is a year ("since 91", "back in 06").</summary>
    ShortYearLead,
    /// <summary>
    /// Phrases that lead from a cause to what it brings about ("drove", "led to", "form a crucial part of"): what a sentence
    /// says before one is the cause, what it says after it the effect.
    /// </summary>
    CauseLeads,
    /// <summary>
    /// Words that set a question in the past without naming what it asks ("historically", "what past event", "still"): a
    /// cause need not say them.
    /// </summary>
    PastFraming,
    /// <summary>
    /// Words that ask what made something matter ("why was it an important step"): answered by what the sources call it
    /// ("…, the final step in …").
    /// </summary>
    Significance,
    /// <summary>
    /// Phrases that ask which place something took in a row ("what number entry", "which position"): answered by an ordinal
    /// ("the 336th entry"), not a count. Followed by "of", "what number" counts instead.
    /// </summary>
    RankAsked,
    /// <summary>
    /// Words that ask only what a given day stands for ("what is 25 September 2008 known for", "what does the date mark",
    /// "what did the process reach then"): they say nothing that the statement of that day must share.
    /// </summary>
    DateMeaning,
    /// <summary>
    /// Words that ask only how a named person comes into the sources ("what's his connection to this story", "how is she
    /// involved", "what role does he play"): answered by the sentence that gives the person a role.
    /// </summary>
    PersonConnection,
    /// <summary>
    /// Words that tell a second event as coming after the first in one clause ("applied for it and later got it", "was
    /// invited, then joined"): the two sides are the two events, in time order.
    /// </summary>
    LaterStep,
    /// <summary>
    /// Words that point back at two things told before ("between the two", "between them"): after "between", the two events
    /// the question named earlier.
    /// </summary>
    BothEnds,
    /// <summary>
    /// Words that single a thing out among others ("the first", "the only", "the smallest"): a yes/no claim resting on one is
    /// answered only by evidence that says so itself.
    /// </summary>
    SinglingOut,
    /// <summary>Words that judge ("good", "smart", "successful"): a yes/no claim resting on one is a judgement the evidence must make.</summary>
    Judging,
    /// <summary>
    /// A state's organs ("embassy", "government", "ministry"): "the Russian Embassy" is Russia acting, where "pro-Russian
    /// citizens" are others named after it.
    /// </summary>
    StateOrgan,
    /// <summary>
    /// Nouns for a reaction ("reaction", "response"): "the reaction to the vote" asks of the reaction to that, as "how did
    /// Russia respond to the vote" does (<see cref="Reaction"/>).
    /// </summary>
    ReactionNoun,
}
