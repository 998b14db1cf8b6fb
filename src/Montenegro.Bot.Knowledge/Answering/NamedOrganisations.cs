using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// An international organisation the question asks about, other than NATO (which every NATO passage is about without naming
/// it), must be the answer's too. "What did the March 2014 poll find about support for EU membership?" is not answered by
/// that poll's figures for NATO membership: an answer whose text, quoted excerpts and facts never name the EU tells of
/// something else. An organisation the question only sets aside or measures from ("besides the EU") need not be named.
/// </summary>
internal static class NamedOrganisations
{
    /// <summary>Whether <paramref name="answer"/> names every organisation but NATO that <paramref name="question"/> asks about.</summary>
    public static bool Fits(Question question, Answer answer, KnowledgeBase knowledge)
    {
        var asked = question.Entities
            .Where(m => m.Entity.Type == EntityType.Organisation && m.Entity.Id != "nato"
                && !question.NamedAfter(m.Text, Cue.Before, Cue.After, Cue.Exclusion, Cue.Alternative, Cue.ListJoiner))
            .Select(m => m.Entity.Id)
            .ToHashSet(StringComparer.Ordinal);
        if (asked.Count == 0)
        {
            return true;
        }

        var named = knowledge.Recognizer.Recognize(answer.Text).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        // What is quoted, not the whole passage: a long passage may name the EU a few sentences away from the NATO poll it
        // quotes ("strong supporters of European integration ... a poll by Ipsos found that 46% supported membership").
        foreach (var text in answer.Sources.SelectMany(s => new[] { s.Excerpt, s.Title }).Concat(answer.Facts.Select(f => f.Statement)))
        {
            named.UnionWith(knowledge.Recognizer.Recognize(text).Select(m => m.Entity.Id));
        }

        return asked.IsSubsetOf(named);
    }
}
