namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The engine's check that an answer found for a question gives what the question asks of its topic and not only the topic:
/// the detail asked (<see cref="UnstatedDetail"/>), the precision of date asked (<see cref="UnstatedPrecision"/>), the outlet
/// asked for (<see cref="AskedOutlet"/>), the event asked of a state (<see cref="ThwartedEvent"/>) and not its opposite
/// (<see cref="OppositeEvent"/>) nor done to another (<see cref="OtherObject"/>), a first time and not only a repeated deed
/// (<see cref="RepeatedEvent"/>), the name of a role's holder (<see cref="UnnamedRole"/>), a name the sources never use (<see cref="UnknownName"/>), what an abbreviation they never spell out stands for (<see cref="UnspelledAcronym"/>), the response of an actor the answer does not name (<see cref="AbsentActor"/>), a rank in figures the answer does not state (<see cref="UnstatedRank"/>), the one of several that the answer tells of only together (<see cref="OneOfSeveral"/>), the organisation asked about (<see cref="NamedOrganisations"/>) and the speaker whose
/// words are asked (<see cref="AbsentSpeaker"/>), and their words (<see cref="SilentSpeaker"/>).
/// </summary>
public sealed partial class AnswerEngine
{
    // A decline saying what the answer found lacks, or null when it gives what was asked. The answer's sources go with the
    // decline, so the asker sees the nearest passage for what it is.
    private Answer? Unstated(Question question, Answer answer)
    {
        if (!answer.Answered)
        {
            return null;
        }

        if (Lacks(question, answer) is { } lack)
        {
            return _composer.Decline("decline", "Not in my sources", $"{lack} The nearest they say: {Lead(answer)}", question, answer.Sources);
        }

        if (!NamedOrganisations.Fits(question, answer, _knowledge))
        {
            var names = question.Entities.Where(m => m.Entity.Type == Entities.EntityType.Organisation && m.Entity.Id != "nato").Select(m => m.Entity.Name).Distinct();
            return _composer.Decline("decline", "Not in my sources",
                $"My sources don't say that of the {string.Join(" or the ", names)}: the nearest passage is about something else. {WhatIAnswer}", question);
        }

        if (AbsentSpeaker.Of(question, answer, _knowledge) is { } speaker)
        {
            return _composer.Decline("decline", "Not in my sources", $"My sources don't say what {speaker} said: they don't mention {speaker}. {WhatIAnswer}", question);
        }

        return SilentSpeaker.Of(question, answer, _knowledge) is { } silent
            ? _composer.Decline("decline", "Not in my sources", $"My sources don't say what {silent} said: they mention {silent} but report no words of theirs. The nearest they say: {Lead(answer)}", question, answer.Sources)
            : null;
    }

    // What the answer lacks of what was asked, said as the decline's first sentence, or null when it lacks none of these.
    private string? Lacks(Question question, Answer answer) =>
        UnstatedDetail.Missing(question, answer, _knowledge) is { } detail ? $"My sources don't give the {detail.Name}."
        : UnstatedPrecision.Missing(question, answer, _knowledge) is { } precision ? $"My sources don't give the {precision.Name}."
        : AskedOutlet.Unnamed(question, answer, _knowledge) ? "My sources don't name who reported it."
        : ThwartedEvent.Of(question, answer, _knowledge) is { } state ? $"My sources don't say that happened for {state}: they say only that it was stopped."
        : OppositeEvent.Of(question, answer, _knowledge) is { } opposite ? $"My sources don't say that: the nearest passage tells of the opposite ({opposite})."
        : OtherObject.Of(question, answer, _knowledge) is { } other ? $"My sources don't say that: the nearest passage tells of something else (\"{other.Trim()}\")."
        : RepeatedEvent.Of(question, answer, _knowledge) is { } repeated ? $"My sources don't say when it first happened: they tell of it only as repeated (\"{repeated}\")."
        : UnnamedRole.Of(question, answer, _knowledge) is { } role ? $"My sources mention the {role} but don't name them."
        : UnknownName.Of(question, answer, _knowledge) is { } name ? $"My sources don't mention {name}."
        : UnspelledAcronym.Of(question, answer, _knowledge) is { } acronym ? $"My sources don't say what {acronym} stands for."
        : AbsentActor.Of(question, answer, _knowledge) is { } actor ? $"My sources don't say how {actor} responded."
        : UnstatedRank.Of(question, answer, _knowledge) is { } rank ? $"My sources don't say which was the {rank}."
        : OneOfSeveral.Of(question, answer, _knowledge) is { } one ? $"My sources don't say which {one} it was: they tell of several together."
        : null;

    // The answer's first line, without the fields and sources that follow it.
    private static string Lead(Answer answer) => answer.Text.Split('\n', 2)[0].Trim();

    // "Was the campaign criticised by anyone?": the sources know the event only by its noun ("received criticism"), so an
    // answer that states none of its nouns tells of something else about the same names (China's embassy for "was the
    // ambassador criticised by China?").
    private bool StatesTheEventNoun(Question question, Answer answer)
    {
        if (question.EventNouns.Count == 0)
        {
            return true;
        }

        var evidence = answer.Text + " " + string.Join(" ", answer.Sources.Select(s => s.Excerpt));
        var stated = _knowledge.Analyzer.Terms(evidence).ToHashSet(StringComparer.Ordinal);
        return question.EventNouns.Any(noun => _knowledge.Analyzer.Terms(noun).Any(stated.Contains));
    }
}
