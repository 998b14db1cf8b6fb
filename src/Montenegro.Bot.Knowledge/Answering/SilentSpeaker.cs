using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// "What exactly did Mandic say in the debate?": a question asking what someone said is not answered by a passage that names
/// them only for what they did ("supported by ... Speaker Andria Mandic"). When no sentence of the answer or its passages that
/// names them reports their words, the sources do not say what they said. The person is one the recogniser does not know
/// (a known one is judged by <see cref="NamedCountries"/> and the person paths); the question may write the name in lower case.
/// </summary>
internal static partial class SilentSpeaker
{
    /// <summary>
    /// The name, as the sources write it, of the speaker <paramref name="question"/> asks about whom <paramref name="answer"/>
    /// and its passages name without reporting a word of theirs, or null when the question asks no one's words, the speaker is
    /// a known entity or no name the sources write, or some sentence naming them reports what they said.
    /// </summary>
    public static string? Of(Question question, Answer answer, KnowledgeBase knowledge)
    {
        // "Why did Dnevne Novine say ...?" asks the reason for words the question itself gives, not the words.
        if (!answer.Answered || question.Has(Language.Cue.Why) || AbsentSpeaker.UnknownSpeakerAsked(question, knowledge) is not { } who)
        {
            return null;
        }

        var sentences = Search.SentenceSplitter.Split(AbsentSpeaker.Told(answer, knowledge)).Select(s => s.Sentence).ToList();

        // The last word of the speaker's words that the sources write as a name, capitalised: a surname ("Mandic"), not a
        // title ("the speaker") or a pronoun.
        var written = Words().Matches(who).Select(m => LanguageFolding.Fold(m.Value)).Where(w => w.Length >= MinNameLength && !knowledge.Predicates.RoleWords.Contains(w))
            .Select(w => (Folded: w, Name: NameIn(sentences, w))).LastOrDefault(n => n.Name is not null);
        if (written.Name is not { } name)
        {
            return null;
        }

        var naming = sentences.Where(s => Words().Matches(s).Any(m => LanguageFolding.Fold(m.Value) == written.Folded)).ToList();
        return naming.Any(s => Reports(s, knowledge.Unstated.SayingVerbs, knowledge)) ? null : name;
    }

    // The word as a sentence writes it capitalised, or null when no sentence does.
    private static string? NameIn(IEnumerable<string> sentences, string folded) =>
        sentences.SelectMany(s => Words().Matches(s).Skip(1)).Select(m => m.Value)
            .FirstOrDefault(w => char.IsUpper(w[0]) && LanguageFolding.Fold(w) == folded);

    // A sentence that quotes, uses a saying verb or states a reporting predicate ("claims", "reported", "warned") reports
    // someone's words.
    private static bool Reports(string sentence, IReadOnlyList<string> saying, KnowledgeBase knowledge) =>
        sentence.IndexOfAny(['"', '“', '”']) >= 0
        || Words().Matches(sentence).Any(m => saying.Contains(m.Value.ToLowerInvariant()))
        || knowledge.PredicatesNamedBy(knowledge.Analyzer.Terms(sentence).ToHashSet(StringComparer.Ordinal))
            .Any(id => knowledge.Predicates.Find(id)?.IsReporting == true);

    // Shorter words are initials or function words.
    private const int MinNameLength = 3;

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*")]
    private static partial Regex Words();
}
