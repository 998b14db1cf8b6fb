using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Frames;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Montenegrin for answers whose input had no language of its own: a bare command, or a question a command built from
/// canonical names, for a user whose client is set to Montenegrin's nearest locale. The same writing as for a question
/// asked in Montenegrin, so both read alike.
/// </summary>
public sealed partial class AnswerEngine
{
    /// <summary>
    /// <paramref name="answer"/> written as the answer to the same question asked in Montenegrin (Latin script); an
    /// answer to a question already asked in Montenegrin is returned as it is.
    /// </summary>
    public Answer InMontenegrin(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Turn?.Frame.Language == QuestionLanguage.Montenegrin ? answer : _localizer.Localize(answer, Script.Latin);
    }

    /// <summary>A date the Montenegrin way, as Montenegrin answers write it: "11. jun 2006.", "jun 2006.", "2006."</summary>
    public string InMontenegrin(FactDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return _localizer.FormatDate(date);
    }
}
