using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Language;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// What a question sets aside: "Besides the United States, which body recognised…", "apart from NATO headquarters, where
/// were…". The answer must give something other than it: another entity or place the sources name with it, in the same
/// sentence or the ones that follow, or else a true decline that the sources name nothing else.
/// </summary>
/// <param name="Phrase">The words set aside, as the question wrote them ("the United States").</param>
/// <param name="EntityIds">The countries and bodies among them.</param>
/// <param name="Terms">Their index terms, for what no entity stands for ("NATO headquarters").</param>
internal sealed record Exclusion(string Phrase, IReadOnlySet<string> EntityIds, IReadOnlyList<string> Terms)
{
    /// <summary>What the question sets aside, or null when it sets nothing aside.</summary>
    public static Exclusion? Of(Question question, KnowledgeBase knowledge)
    {
        if (!question.Has(Cue.Exclusion))
        {
            return null;
        }

        // The cue's words, then what follows up to a comma or the question's end.
        var cues = question.Lexicon.Phrases(Cue.Exclusion).Select(p => string.Join(@"\s+", p.Select(Regex.Escape))).OrderByDescending(p => p.Length);
        var match = Regex.Match(question.Text, $@"\b(?:{string.Join('|', cues)})\s+(?<set>[^,?.!;]+)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return null;
        }

        // "apart from Afghanistan where have…": the words set aside end where the question's own words begin.
        var questionWords = new[] { Cue.Who, Cue.When, Cue.Where, Cue.YesNo, Cue.Framing }.SelectMany(question.Lexicon.Phrases).Where(p => p.Length == 1)
            .Select(p => p[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var phrase = string.Join(' ', match.Groups["set"].Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => !questionWords.Contains(w)));
        var ids = knowledge.Recognizer.Recognize(phrase).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        var terms = knowledge.Analyzer.Terms(phrase).Where(knowledge.Index.Knows).Distinct(StringComparer.Ordinal).ToList();
        return terms.Count == 0 && ids.Count == 0 ? null : new Exclusion(phrase, ids, terms);
    }

    /// <summary>
    /// Whether a fact is about what is set aside and nothing else: its own subject is, and it names no other country ("to
    /// Afghanistan … also to Liberia" goes beyond); or, for a thing no entity stands for, it names all of it and its title
    /// does too (the coup attempt "on the day of the parliamentary election" is about the coup).
    /// </summary>
    public bool Covers(Fact fact, KnowledgeBase knowledge) =>
        EntityIds.Count > 0
            ? fact.EntityIds.Count > 0 && EntityIds.Contains(fact.EntityIds[0])
                && !fact.EntityIds.Skip(1).Any(id => !EntityIds.Contains(id) && knowledge.EntitiesById.TryGetValue(id, out var e) && e.Type == Entities.EntityType.Country)
            : Names(fact.Statement, knowledge) && knowledge.Analyzer.Terms(fact.Label).Any(Terms.Contains);

    /// <summary>Whether a sentence names what is set aside.</summary>
    public bool Names(string sentence, KnowledgeBase knowledge)
    {
        if (EntityIds.Count > 0)
        {
            return knowledge.Recognizer.Recognize(sentence).Any(m => EntityIds.Contains(m.Entity.Id));
        }

        var terms = knowledge.Analyzer.Terms(sentence).ToHashSet(StringComparer.Ordinal);
        return Terms.All(terms.Contains);
    }

    /// <summary>
    /// The answer with what is set aside taken out: its facts about something else, or else the sentences of its passages
    /// that follow the one naming what is set aside and go on with what the question asks; a decline when there are none.
    /// </summary>
    public Answer Apply(Answer answer, Question question, KnowledgeBase knowledge)
    {
        // A computed answer (a comparison, a duration, several parts) is about both sides it names.
        if (!answer.Answered || answer.Kind == AnswerKind.Computed)
        {
            return answer;
        }

        var others = answer.Facts.Where(f => !Covers(f, knowledge)).ToList();
        if (answer.Facts.Count > 0 && others.Count == answer.Facts.Count)
        {
            return answer;
        }

        if (others.Count > 0)
        {
            var text = others.Count == 1 ? others[0].Statement : string.Join("\n", others.Select(f => $"• {f.Statement}"));
            return answer with { Text = text, Facts = others, Fields = others.Count == 1 ? AnswerComposer.FieldsOf(others[0]) : [] };
        }

        // An answer of passages that says more than what is set aside ("… to Afghanistan. Peacekeepers were also deployed in
        // Liberia …") goes beyond it already.
        var asked = AskedTerms(question, knowledge);
        if (answer.Facts.Count == 0 && SentenceSplitter.Split(answer.Text).Any(s => !Names(s.Sentence, knowledge) && knowledge.Analyzer.Terms(s.Sentence).Any(asked.Contains)))
        {
            return answer;
        }

        var following = FollowingSentences(answer, asked, knowledge);
        if (following.Count > 0)
        {
            return answer with { Text = string.Join(" ", following), Facts = [], Fields = [] };
        }

        return answer with
        {
            Answered = false,
            Intent = "decline",
            Title = "Not in my sources",
            Text = $"My sources name nothing besides {Phrase} for that. What they say: {answer.Text}",
            Fields = [],
            Facts = [],
        };
    }

    // What the question asks about besides what it sets aside.
    private HashSet<string> AskedTerms(Question question, KnowledgeBase knowledge) =>
        question.ContentTerms.Where(t => !Terms.Contains(t) && knowledge.Index.Knows(t) && !t.All(char.IsAsciiDigit)).ToHashSet(StringComparer.Ordinal);

    // Sentences of the answer's passages, from the first that names what is set aside on, that do not name it and share a
    // word with the rest of the question ("flag raising ceremonies were also held … in Mons").
    private List<string> FollowingSentences(Answer answer, HashSet<string> asked, KnowledgeBase knowledge)
    {
        var found = new List<string>();
        foreach (var source in answer.Sources)
        {
            if (!knowledge.PassagesById.TryGetValue(source.Id, out var passage))
            {
                continue;
            }

            var sentences = SentenceSplitter.Split(passage.Text).Select(s => s.Sentence).ToList();
            var from = sentences.FindIndex(s => Names(s, knowledge));
            if (from < 0)
            {
                continue;
            }

            found.AddRange(sentences.Skip(from + 1).Take(2)
                .Where(s => !Names(s, knowledge) && knowledge.Analyzer.Terms(s).Count(asked.Contains) >= 2));
        }

        return found.Distinct(StringComparer.Ordinal).ToList();
    }
}
