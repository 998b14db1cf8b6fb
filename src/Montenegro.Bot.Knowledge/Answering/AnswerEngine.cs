using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Answers questions about Montenegro's foreign relations from the knowledge base: a structured answer
/// from cited facts when one fits, otherwise the best-matching excerpts, otherwise an honest decline
/// with the nearest topics it can answer. Thread-safe; one instance serves every caller.
/// </summary>
public sealed class AnswerEngine
{
    /// <summary>Longest question considered; the rest is ignored rather than refused.</summary>
    public const int MaxQuestionLength = 500;

    private readonly KnowledgeBase _knowledge;
    private readonly IAnswerStrategy[] _strategies;
    private readonly AnswerComposer _composer;

    /// <summary>Creates the engine over a loaded knowledge base.</summary>
    public AnswerEngine(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        var excerpts = new ExcerptSelector(knowledge.Analyzer, knowledge.Index);
        _composer = new AnswerComposer(knowledge, excerpts);
        _strategies =
        [
            new RatificationStrategy(_composer),
            new RecognitionStrategy(_composer),
            new DiplomaticRelationsStrategy(_composer),
            new PollStrategy(_composer),
            new FactStrategy(_composer),
            new ExcerptStrategy(_composer, excerpts),
        ];
    }

    /// <summary>The knowledge base the engine answers from.</summary>
    public KnowledgeBase Knowledge => _knowledge;

    /// <summary>Answers <paramref name="text"/>. Blank questions are the caller's to refuse: see <see cref="QuestionText.IsBlank"/>.</summary>
    public Answer Ask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = QuestionText.Clean(text, MaxQuestionLength);
        if (cleaned.Length == 0)
        {
            return new Answer(false, "error", "Empty question", "Ask me a question about Montenegro's foreign relations, for example: When did Russia recognise Montenegro?", [], [], []);
        }

        var question = Question.Parse(cleaned, _knowledge);
        if (question.IsNotLatin)
        {
            return _composer.Decline("decline", "English only",
                "I can only read questions in English, the language of my sources. Try, for example: When did Russia recognise Montenegro?",
                question);
        }

        foreach (var strategy in _strategies)
        {
            if (strategy.TryAnswer(question) is { } answer)
            {
                return answer;
            }
        }

        return _composer.Decline("decline", "Not in my sources",
            "My sources don't cover that. I answer questions about Montenegro's foreign relations: who recognised its independence, its road into NATO, opinion polls on membership, its relations with Russia, China, the United States and Canada, and its part in NATO's mission for Ukraine.",
            question);
    }
}
