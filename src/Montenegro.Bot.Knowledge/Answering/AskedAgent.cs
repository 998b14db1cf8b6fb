using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "Who attended the flag ceremony?", "who funds that centre?": a question for who did something is answered by a text
/// that names someone the question does not name itself: a person, or a state, body or party. The ceremony's sentence,
/// naming only Montenegro and NATO that the question already gives, tells that it happened, not who was there.
/// </summary>
internal static class AskedAgent
{
    private const string Montenegro = "montenegro";

    /// <summary>Whether <paramref name="text"/> (an answer, its first paragraph read) names a doer the question leaves open.</summary>
    public static bool Fits(Question question, string text)
    {
        // "Who is Andria Mandic?", "who was behind it?": after a form of "be" the question may ask who someone is, which the
        // text answers by naming him again. Only "who" with a verb of its own ("who attended", "who funds") is checked here,
        // and not one that offers the doers itself ("who ratified first, the US Senate or Montenegro's parliament?").
        var words = question.WordList;
        if (question.Knowledge is not { } knowledge || !question.StartsWith(Cue.Who) || words.Count < 2
            || question.Lexicon.Words(Cue.PassiveAuxiliary).Contains(words[1]) || question.Has(Cue.Alternative))
        {
            return true;
        }

        var said = text.Split("\n\n", 2)[0];
        // Montenegro, whom every source is about, is named by nearly every answer: naming it names no one asked for.
        var asked = question.Entities.Select(m => m.Entity.Id).Append(Montenegro).ToHashSet(StringComparer.Ordinal);
        if (knowledge.Recognizer.Recognize(said).Any(m => !asked.Contains(m.Entity.Id)))
        {
            return true;
        }

        // A person by a full name: a lone capitalised word ("Headquarters") may be any name the sources capitalise.
        return AnswerFacts.PeopleIn(said, knowledge).Select(person => person.Split(' '))
            .Any(names => names.Length > 1 && !names.Any(word => question.Words.Contains(word.ToLowerInvariant())));
    }
}
