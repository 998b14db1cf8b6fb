using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "When did Montenegro leave NATO?" answered by "the people of Montenegro opted to leave the State Union of Serbia and
/// Montenegro": the passage tells of the deed asked, but done to another country or organisation. It dates that deed, not
/// the one asked, and a decline is true: the sources never tell of the deed done to what the question names. The deeds are
/// the verbs of <c>data/unstated.json</c>'s opposites (<see cref="UnstatedDetails.Opposites"/>): joining and leaving,
/// opening and closing, establishing and severing, imposing and lifting.
/// </summary>
internal static class OtherObject
{
    // How far after its verb the object of a deed is looked for ("leave the State Union of Serbia and Montenegro").
    private const int ObjectReach = 48;

    /// <summary>
    /// The deed and its object as <paramref name="answer"/>'s statement tells them ("leave the State Union of Serbia and
    /// Montenegro"), when <paramref name="question"/> asks that deed of another country or organisation, which the statement
    /// never names; null otherwise.
    /// </summary>
    public static string? Of(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (!answer.Answered || knowledge.Unstated.Opposites is not { Count: > 0 } opposites)
        {
            return null;
        }

        var lead = answer.Text.Split('\n', 2)[0];
        var named = knowledge.Recognizer.Recognize(lead).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var forms in opposites.SelectMany(pair => pair))
        {
            foreach (var form in forms)
            {
                if (ObjectAfter(question.Text, form, knowledge) is not { } asked || named.Contains(asked.Id))
                {
                    continue;
                }

                // The statement must tell of the same deed, in any of its forms, done to something else.
                var told = forms.Select(f => (Form: f, Object: ObjectAfter(lead, f, knowledge))).FirstOrDefault(t => t.Object is not null);
                if (told.Object is not null && told.Object.Id != asked.Id)
                {
                    return told.Form + Clause(lead, told.Form);
                }
            }
        }

        return null;
    }

    // The first country or organisation named shortly after the verb in the text ("leave NATO", "leave the State Union").
    private static Entity? ObjectAfter(string text, string verb, KnowledgeBase knowledge)
    {
        var after = Clause(text, verb);
        return after is null ? null : knowledge.Recognizer.Recognize(after).Select(m => m.Entity)
            .FirstOrDefault(e => e.Type is EntityType.Country or EntityType.Organisation);
    }

    // What follows the verb in the text up to the end of its clause ("the State Union of Serbia and Montenegro"), or null
    // when the text lacks the verb. The object stands before the clause ends: "joined NATO, and …" names NATO, not what the
    // next clause does.
    private static string? Clause(string text, string verb)
    {
        var match = Regex.Match(text, $@"\b{Regex.Escape(verb)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return null;
        }

        var after = text[(match.Index + match.Length)..];
        after = after[..Math.Min(after.Length, ObjectReach)];
        var end = after.IndexOfAny(['.', ',', ';', '?', '!']);
        return end >= 0 ? after[..end] : after;
    }
}
