using Montenegro.Bot.Commands;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Frames;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Discord.Components;

/// <summary>
/// How any replica gets an answer again from nothing but what the message carries: ask its question again (the question
/// as the engine answered it, a follow-up's context already filled in), or, for the NATO timeline, run that again. The
/// engine is deterministic for a given knowledge base, so the answer comes out the same. An answer a command wrote in
/// Montenegrin for the user's locale, though its question was English or it had none, is carried with
/// <see cref="MontenegrinMarker"/> before its question and written in Montenegrin again.
/// </summary>
/// <param name="Question">The question to ask again; null for the NATO timeline.</param>
/// <param name="InMontenegrin">Whether the answer is written in Montenegrin although its question is not.</param>
public sealed record AnswerReference(string? Question, bool InMontenegrin = false)
{
    /// <summary>How the NATO timeline (<c>/nato</c> without a milestone) is written where a question would be.</summary>
    public const string NatoTimelineMarker = "/nato";

    /// <summary>Before a carried question whose answer is written in Montenegrin for the user's locale.</summary>
    public const string MontenegrinMarker = "[hr] ";

    /// <summary>The NATO timeline.</summary>
    public static AnswerReference NatoTimeline { get; } = new((string?)null);

    /// <summary>The question as carried in a footer or a button id.</summary>
    public string Text => (InMontenegrin ? MontenegrinMarker : string.Empty) + (Question ?? NatoTimelineMarker);

    /// <summary>The reference of <paramref name="answer"/> as written in its question's own language (see <see cref="Of(Answer, CommandLanguage)"/>).</summary>
    public static AnswerReference? Of(Answer answer) => Of(answer, CardText.LanguageOf(answer));

    /// <summary>
    /// The reference of <paramref name="answer"/>, shown in <paramref name="language"/>, or null when it cannot be asked
    /// again (help, the source list, a search, an error). An English question is carried as answered (a follow-up with
    /// its context filled in); a Montenegrin one as asked, so the answer comes back in Montenegrin.
    /// </summary>
    public static AnswerReference? Of(Answer answer, CommandLanguage language)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Turn is { } turn)
        {
            var montenegrinQuestion = turn.Frame.Language == QuestionLanguage.Montenegrin;
            var question = montenegrinQuestion ? turn.Question : turn.Frame.Text;
            return string.IsNullOrWhiteSpace(question) || answer.Kind is AnswerKind.Error or AnswerKind.Help or AnswerKind.SmallTalk
                ? null
                : new AnswerReference(question.Trim(), !montenegrinQuestion && language == CommandLanguage.Montenegrin);
        }

        return answer.Intent == "nato" && answer.Answered ? Timeline(language == CommandLanguage.Montenegrin) : null;
    }

    /// <summary>Reads a carried reference back; null for blank text.</summary>
    public static AnswerReference? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var montenegrin = trimmed.StartsWith(MontenegrinMarker, StringComparison.Ordinal);
        if (montenegrin)
        {
            trimmed = trimmed[MontenegrinMarker.Length..].Trim();
            if (trimmed.Length == 0)
            {
                return null;
            }
        }

        return trimmed == NatoTimelineMarker ? Timeline(montenegrin) : new AnswerReference(trimmed, montenegrin);
    }

    private static AnswerReference Timeline(bool inMontenegrin) => inMontenegrin ? NatoTimeline with { InMontenegrin = true } : NatoTimeline;

    /// <summary>The language the regenerated <paramref name="answer"/> is shown in.</summary>
    public CommandLanguage LanguageOf(Answer answer) => InMontenegrin ? CommandLanguage.Montenegrin : CardText.LanguageOf(answer);

    /// <summary>The answer again, as a fresh question with no conversation before it, written as it was.</summary>
    public Answer Regenerate(AnswerEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        if (Question is null)
        {
            var timeline = engine.NatoTimeline();
            return InMontenegrin ? MontenegrinAnswers.NatoTimeline(engine, timeline) : timeline;
        }

        var answer = engine.Ask(Question);
        return InMontenegrin && !ReferenceEquals(answer, AnswerEngine.SomethingWentWrong) ? engine.InMontenegrin(answer) : answer;
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
