using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Frames;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Discord.Components;

/// <summary>
/// How any replica gets an answer again from nothing but what the message carries: ask its question again (the question
/// as the engine answered it, a follow-up's context already filled in), or, for the NATO timeline, run that again. The
/// engine is deterministic for a given knowledge base, so the answer comes out the same.
/// </summary>
/// <param name="Question">The question to ask again; null for the NATO timeline.</param>
public sealed record AnswerReference(string? Question)
{
    /// <summary>How the NATO timeline (<c>/nato</c> without a milestone) is written where a question would be.</summary>
    public const string NatoTimelineMarker = "/nato";

    /// <summary>The NATO timeline.</summary>
    public static AnswerReference NatoTimeline { get; } = new((string?)null);

    /// <summary>The question as carried in a footer or a button id.</summary>
    public string Text => Question ?? NatoTimelineMarker;

    /// <summary>
    /// The reference of <paramref name="answer"/>, or null when it cannot be asked again (help, the source list, a search,
    /// an error). An English question is carried as answered (a follow-up with its context filled in); a Montenegrin one
    /// as asked, so the answer comes back in Montenegrin.
    /// </summary>
    public static AnswerReference? Of(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Turn is { } turn)
        {
            var question = turn.Frame.Language == QuestionLanguage.Montenegrin ? turn.Question : turn.Frame.Text;
            return string.IsNullOrWhiteSpace(question) || answer.Kind is AnswerKind.Error or AnswerKind.Help or AnswerKind.SmallTalk
                ? null
                : new AnswerReference(question.Trim());
        }

        return answer.Intent == "nato" && answer.Answered ? NatoTimeline : null;
    }

    /// <summary>Reads a carried reference back; null for blank text.</summary>
    public static AnswerReference? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed == NatoTimelineMarker ? NatoTimeline : new AnswerReference(trimmed);
    }

    /// <summary>The answer again, as a fresh question with no conversation before it.</summary>
    public Answer Regenerate(AnswerEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Question is null ? engine.NatoTimeline() : engine.Ask(Question);
    }

    /// <summary>
    /// The conversation a reply to this answer continues: the answer's own turn, obtained by asking its question again.
    /// </summary>
    public Conversation Conversation(AnswerEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Regenerate(engine).Turn is { } turn ? Knowledge.Frames.Conversation.Empty.With(turn) : Knowledge.Frames.Conversation.Empty;
    }

    /// <summary>The fingerprint of <paramref name="answer"/> as given for this reference.</summary>
    public string HashOf(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return AnswerHash.Of(Text, answer.Text);
    }
}
