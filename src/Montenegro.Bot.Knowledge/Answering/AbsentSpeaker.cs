using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "And what did Zelensky say about it?": a question asking what someone said, naming them by a name the recogniser does not
/// know, is not answered by a passage that never writes that name. The passage on the topic tells what others said or did;
/// the one asked about is not in it, so the sources do not say what they said.
/// </summary>
internal static partial class AbsentSpeaker
{
    /// <summary>
    /// The name of the speaker <paramref name="question"/> asks about that neither <paramref name="answer"/> nor its passages
    /// write, or null when the question asks no one's words, names its speaker by a known entity (whose presence
    /// <see cref="NamedCountries"/> judges) or by no name at all ("the government", "he"), or the answer writes the name.
    /// </summary>
    public static string? Of(Question question, Answer answer, KnowledgeBase knowledge)
    {
        if (!answer.Answered || UnknownSpeakerAsked(question, knowledge) is not { } who)
        {
            return null;
        }

        // The name's last capitalised word: a surname or the head of a body's name ("Zelensky", "Duma").
        // A country's adjective or a title ("the Montenegrin Prime Minister") is no name of one person or body.
        var name = Capitalised().Matches(who).Select(m => m.Value.TrimEnd('\'', '’', 's'))
            .LastOrDefault(w => w.Length >= MinNameLength && knowledge.CountryOfAdjective(w.ToLowerInvariant()) is null && !knowledge.Predicates.RoleWords.Contains(w));
        if (name is null)
        {
            return null;
        }

        return Told(answer, knowledge).Contains(name, StringComparison.OrdinalIgnoreCase) ? null : name;
    }

    /// <summary>
    /// The words naming whose words <paramref name="question"/> asks for ("what did Zelensky say": "Zelensky"), or null when
    /// it asks no one's words or names a known entity (whose presence <see cref="NamedCountries"/> judges).
    /// </summary>
    internal static string? UnknownSpeakerAsked(Question question, KnowledgeBase knowledge)
    {
        if (knowledge.Unstated.SayingVerbs.Count == 0 || knowledge.Unstated.SpeakerPattern.Match(question.Text) is not { Success: true } match)
        {
            return null;
        }

        var who = match.Groups["who"].Value;
        return knowledge.Recognizer.Recognize(who).Any() ? null : who;
    }

    /// <summary>What <paramref name="answer"/> tells with its passages: its text, each passage whole with its list items.</summary>
    internal static string Told(Answer answer, KnowledgeBase knowledge) =>
        answer.Text + "\n" + string.Join("\n", answer.Sources.Select(s =>
            knowledge.PassagesById.TryGetValue(s.Id, out var passage) ? passage.Text + "\n" + string.Join("\n", passage.Items) : s.Excerpt + "\n" + s.Title));

    // Shorter capitalised words are initials or acronyms the recogniser would know.
    private const int MinNameLength = 3;

    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’-]+")]
    private static partial Regex Capitalised();
}
