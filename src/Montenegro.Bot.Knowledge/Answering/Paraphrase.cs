using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Whether a text says what a question asks in other words. A question in everyday words ("the GRU guy who kept
/// travelling") holds words no source uses, so no text covers all of it; when the rest of it is covered, the text is
/// still its answer if the two are close in meaning, and a question about something else ("the defence budget") is not.
/// </summary>
internal static class Paraphrase
{
    // Excerpts are encoded while the question is answered (a few milliseconds each); the best-ranked few are enough.
    private const int MaxEncodings = 3;

    /// <summary>Whether <paramref name="text"/> (or the indexed fact <paramref name="factId"/>) is close enough in meaning to the question.</summary>
    public static bool Says(Question question, string text, string? factId = null)
    {
        // The cheap tests first: the question is encoded only when its meaning is weighed.
        if (question.Semantic is not { } semantic || question.UnfamiliarTerms.Count == 0 || question.Knowledge is not { } knowledge)
        {
            return false;
        }

        // Lenient on the words, strict on the names: the text itself names everyone the question names ("how did Serbia
        // react" is not answered by a sentence of a passage that mentions Serbia elsewhere).
        var named = knowledge.Recognizer.Recognize(text).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        if (!question.Entities.All(m => m.Entity.Id is "nato" or "montenegro" || named.Contains(m.Entity.Id)))
        {
            return false;
        }

        if (question.Meaning is not { } meaning)
        {
            return false;
        }

        double similarity;
        if (factId is not null && semantic.Similarity(meaning, KnowledgeSemantics.FactPrefix + factId) is { } indexed)
        {
            similarity = indexed;
        }
        else if (question.ParaphraseEncodings++ < MaxEncodings)
        {
            similarity = SemanticSearch.Similarity(meaning.Vector.Span, semantic.EmbedAsync(text, EmbeddingPurpose.Passage).AsTask().GetAwaiter().GetResult());
        }
        else
        {
            return false;
        }

        return similarity >= knowledge.Abstention.ParaphraseSimilarity;
    }
}
