using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Which newspaper first reported Russia's recognition?": a question for the outlet that reported something is answered
/// only by a text that names one in that role (<see cref="NamedInstance"/>). A passage telling of the thing reported but
/// of no outlet reporting it is near the question, not its answer: the sources do not say who reported it.
/// </summary>
internal static class AskedOutlet
{
    // How many words may stand between "which" and the outlet's class word ("which Montenegrin daily newspaper").
    private const int MaxWordsBeforeHead = 3;

    /// <summary>
    /// Whether <paramref name="question"/> asks which outlet reported something and nothing <paramref name="answer"/> puts
    /// forward (its text, fields, passages and facts) names an outlet reporting.
    /// </summary>
    public static bool Unnamed(Question question, Answer answer, KnowledgeBase knowledge)
    {
        var words = question.WordList;
        if (!answer.Answered || words is not ["what" or "which", ..])
        {
            return false;
        }

        var outlets = question.Lexicon.Words(Cue.OutletFocus);
        var head = Enumerable.Range(1, Math.Min(words.Count - 1, MaxWordsBeforeHead)).FirstOrDefault(i => outlets.Contains(words[i]));
        if (head == 0)
        {
            return false;
        }

        var fillers = question.Lexicon.Words(Cue.FocusFiller);
        var verb = words.Skip(head + 1).FirstOrDefault(w => !fillers.Contains(w) && !outlets.Contains(w));
        return verb is not null && question.Lexicon.Words(Cue.ReportingVerb).Contains(verb)
            && !NamedInstance.Fits(question, words, UnstatedDetail.Told(answer, knowledge));
    }
}
