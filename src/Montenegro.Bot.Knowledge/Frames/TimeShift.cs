using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// "And what happened two days later?", "what came next, in September of that year?", "had there been expulsions earlier
/// that year?", "so when did the invitation finally come?": a follow-up that moves in time from the date the conversation is
/// at. The time it names is placed from that date (<see cref="TurnDate"/>), and answered by what the sources date to it, told
/// in the same section as the last answer before anywhere else in its source; retrieval led by the follow-up's few words
/// would only find the last answer again. A follow-up that names a thing of its own is answered only by a statement that
/// names it too.
/// </summary>
internal static class TimeShift
{
    // How far back the turn that set the conversation's date may lie ("why not?" and "did it work?" in between).
    private const int TurnsBack = 3;

    // Most statements of the same time told together.
    private const int MaxStatements = 2;

    // Questions that ask for a count, a person, a place, a reason or a manner are not answered by a dated statement as such.
    private static readonly Cue[] OtherAsks = [Cue.Duration, Cue.Who, Cue.Why, Cue.Where];

    // Words that only frame the time and the event asked for: what is left names a thing of the follow-up's own.
    private static readonly Cue[] TimeWords = [Cue.DatedEvent, Cue.FollowUp, Cue.Eventually, Cue.Sequel, Cue.YearAfter, Cue.YearBefore, Cue.After, Cue.Before, Cue.ThingPronoun];

    /// <summary>The statement dated to the time the follow-up names from the conversation's date; null when it names no such time.</summary>
    /// <param name="asked">The follow-up as asked.</param>
    /// <param name="english">Its English text.</param>
    /// <param name="conversation">The turns before it.</param>
    /// <param name="statements">Every statement the sources date.</param>
    /// <param name="composer">Composes sources and declines.</param>
    /// <param name="answered">Whether the rest of the engine answered it: "finally" is read here only when it did not.</param>
    public static Answer? Answer(Question asked, string english, Conversation conversation, IReadOnlyList<DatedEventStrategy.Dated> statements, AnswerComposer composer, bool answered)
    {
        if (conversation.Last is not { } last || last.AnswerPoll is not null || asked.Years.Count > 0 || OtherAsks.Any(asked.Has)
            || asked.WordList.Take(2).Any(w => w is "how" or "who" or "whom" or "whose" or "why" or "where"))
        {
            return null;
        }

        var time = RelativeTime.Find(english);
        // "So when did it finally become a member?" is mostly answered by what came of the last answer; one nothing answered
        // is read as the last time its thing is dated after the conversation's date.
        var eventually = time is null && !answered && asked.Has(Cue.Eventually) && asked.WordList.Contains("when");
        if (time is null && !eventually)
        {
            return null;
        }

        // The latest turn that left the conversation at one date; else, when every answer wrote several, the date the latest
        // one gave ("Intensified Dialogue in April 2008, a Plan in June, the Charter in September": April).
        var recent = conversation.Turns.TakeLast(TurnsBack).Reverse().ToList();
        var anchor = recent.Select(t => TurnDate.Of(t)).FirstOrDefault(d => d is not null) ?? recent.Select(TurnDate.Given).FirstOrDefault(d => d is not null);
        if (anchor is null || (time is not null && !time.Placeable(anchor)))
        {
            return null;
        }

        var knowledge = composer.Knowledge;
        var topic = conversation.Turns.Reverse().Select(t => t.AnswerSource).FirstOrDefault(id => id is not null);
        if (topic is null || !knowledge.PassagesById.TryGetValue(topic, out var lastPassage))
        {
            return null;
        }

        var own = OwnTerms(asked, time, knowledge);
        // "When did it finally come?" names nothing to find: what came of what is left to the rest of the engine.
        if (eventually && own.Count == 0)
        {
            return null;
        }

        // "What came next?", "anything else?" ask for whatever happened then; a thing of the follow-up's own must be named. A
        // bare "and the year after?" asks none of these: it is the last question again, of another time ("how much did they
        // trade in 2016?"), which the rest of the engine asks.
        var asksEvent = asked.Has(Cue.Sequel) || asked.Has(Cue.DatedEvent);
        if (!asksEvent && own.Count == 0)
        {
            return null;
        }

        var required = own.Count > 0 && !asksEvent;
        var lastAt = knowledge.PassageIndex(lastPassage.Id);
        var ranked = statements
            .Where(s => eventually ? After(s.Date, anchor) : time!.Fits(anchor, s.Date))
            // A sentence dated several times in the time meant is told once, at its first date there.
            .GroupBy(s => (s.PassageId, s.Text))
            .Select(g => g.MinBy(s => s.Date)!)
            .Select(s => (Statement: s, Passage: knowledge.PassagesById[s.PassageId], Shared: s.Terms.Count(own.Contains)))
            .Where(c => c.Passage.SourceId == lastPassage.SourceId && (!required || c.Shared > 0))
            // Another section of the source tells of another topic (Russia after China): only what names the follow-up's own
            // thing, or falls on the very day asked ("a day later" after the US recognition: the UK's), is told from there.
            .Where(c => c.Passage.HeadingPath.SequenceEqual(lastPassage.HeadingPath) || c.Shared > 0 || time is { Step: RelativeTime.Unit.Day or RelativeTime.Unit.Week, Shape: RelativeTime.Kind.Offset })
            // "Finally": what the source goes on to tell, not a hope it told before.
            .Where(c => !eventually || knowledge.PassageIndex(c.Passage.Id) >= lastAt)
            .OrderBy(c => c.Passage.HeadingPath.SequenceEqual(lastPassage.HeadingPath) ? 0 : 1)
            .ThenByDescending(c => c.Shared)
            .ThenBy(c => c.Statement.IsTableRow)
            // "Finally" is the last time the thing is dated; a time named is told nearest the last answer in the source.
            .ThenByDescending(c => eventually ? c.Statement.Date : null)
            .ThenBy(c => Math.Abs(knowledge.PassageIndex(c.Passage.Id) - lastAt))
            .ToList();
        if (ranked.Count == 0)
        {
            // A bare "what happened two days later?" with nothing dated then is truly not covered; a thing of its own may
            // still be told undated, which the rest of the engine looks for.
            var nothingThen = time is not null && !statements.Any(st => knowledge.PassagesById[st.PassageId].SourceId == lastPassage.SourceId && time.Fits(anchor, st.Date));
            return !required && nothingThen
                ? composer.Decline("decline", "Nothing dated then", $"My sources date nothing on this to {time!.Spoken(anchor)}, so I cannot say what happened then.", asked)
                : null;
        }

        var best = ranked[0];
        var chosen = ranked
            .TakeWhile(c => c.Shared == best.Shared && c.Statement.Date.Iso == best.Statement.Date.Iso && c.Passage.HeadingPath.SequenceEqual(best.Passage.HeadingPath))
            .Select(c => c.Statement)
            .DistinctBy(s => s.PassageId, StringComparer.Ordinal)
            .Take(MaxStatements)
            .ToList();
        var text = chosen.Count == 1 ? chosen[0].Text : string.Join("\n", chosen.Select(s => "• " + s.Text));
        var date = chosen[0].Date;
        IReadOnlyList<AnswerField> fields = [new AnswerField("Date", date.Iso.Length == 0 ? date.Text : $"{date.Text} ({date.Iso})")];
        var sources = chosen.Select(s => s.PassageId).Distinct(StringComparer.Ordinal).Select(id => composer.Source(id, asked)).ToList();
        return new Answer(true, "event", "What happened then", text, fields, sources, []);
    }

    // The follow-up's terms beyond names, time and the event asked for: "expulsions" in "had there been expulsions earlier
    // that year?", "invitation" in "when did the invitation finally come?".
    private static HashSet<string> OwnTerms(Question asked, RelativeTime? time, KnowledgeBase knowledge)
    {
        var framing = TimeWords.SelectMany(c => asked.Lexicon.Phrases(c)).SelectMany(p => p).Append(time?.Phrase ?? string.Empty);
        var months = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        var dropped = knowledge.Analyzer.Terms(string.Join(' ', framing.Concat(months))).ToHashSet(StringComparer.Ordinal);
        return asked.PredicateTerms.Where(t => !dropped.Contains(t) && !t.All(char.IsAsciiDigit)).ToHashSet(StringComparer.Ordinal);
    }

    // Later than the anchor as far as both dates are known: a year, then a month, then a day.
    private static bool After(FactDate date, FactDate anchor)
    {
        if (date.Year is not { } year || anchor.Year is not { } from || year != from)
        {
            return date.Year > anchor.Year;
        }

        if (date.Month is not { } month || anchor.Month is not { } fromMonth || month != fromMonth)
        {
            return date.Month > anchor.Month;
        }

        return date.Day > anchor.Day;
    }
}
