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

    // How much less close than the bar a text may be when retrieval by meaning agrees on its passage and it states a value
    // of the kind the question asks for. Two views of the question that fail in different ways point at the same place,
    // and the text holds what is asked, so a little less of one view is needed.
    private const double AgreementMargin = 0.03;

    /// <summary>
    /// Whether <paramref name="text"/> (or the indexed fact <paramref name="factId"/>) is close enough in meaning to the
    /// question. A little less close is enough when <paramref name="agreed"/> (its passage is the one retrieval by meaning
    /// finds closest to the whole question, <see cref="RetrievalAgreement.Answers"/>) and the text states a value of the
    /// kind asked (<see cref="StatesTheKindAsked"/>).
    /// </summary>
    public static bool Says(Question question, string text, string? factId = null, bool agreed = false)
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

        var bar = knowledge.Abstention.ParaphraseSimilarity;
        return similarity >= bar || (agreed && similarity >= bar - AgreementMargin && StatesTheKindAsked(question, text));
    }

    /// <summary>
    /// Whether <paramref name="text"/> is close in meaning to the question by the paraphrase bar, less the margin allowed when
    /// retrieval by meaning agrees on its passage, whatever words the question uses: the caller has checked that agreement.
    /// </summary>
    public static bool IsClose(Question question, string text)
    {
        if (question.Semantic is not { } semantic || question.Meaning is not { } meaning || question.Knowledge is not { } knowledge
            || question.ParaphraseEncodings++ >= MaxEncodings)
        {
            return false;
        }

        var similarity = SemanticSearch.Similarity(meaning.Vector.Span, semantic.EmbedAsync(text, EmbeddingPurpose.Passage).AsTask().GetAwaiter().GetResult());
        return similarity >= knowledge.Abstention.ParaphraseSimilarity - AgreementMargin;
    }

    /// <summary>
    /// Whether the question asks for a value of a kind ("how many years", "how long", "when") and the text states one: a
    /// number for a count or a span, a date for "when". Then a word no source uses ("meant to run") says how the value is
    /// asked for; in an open question ("what did the vote cost taxpayers?") it may be all that is asked, and the text
    /// naming the same things says nothing of it.
    /// </summary>
    public static bool StatesTheKindAsked(Question question, string text)
    {
        if (question.Has(Language.Cue.Count) || question.Has(Language.Cue.Duration))
        {
            return SlotCheck.StatesNumber(question, text);
        }

        return question.StartsWith(Language.Cue.When) && SlotCheck.AnswerFits(question, text);
    }
}
