using Montenegro.Bot.Discord.FreeText;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Commands;

/// <summary>
/// Answers to questions in users' own words asked with a command and no conversation before them (<c>/ask</c>, "Ask
/// about this message"), kept by the question's text with case, spacing and end punctuation folded (as the free-text
/// replies are: <see cref="RepeatedQuestionCache.KeyOf"/>), so a question asked again (a busy server asks the same few
/// things) costs a lookup instead of the engine and the question's embedding. One cache per engine: a reloaded
/// knowledge base starts an empty one. Bounded, since users' words are not: when full it starts over.
/// </summary>
public static class AskedAnswers
{
    /// <summary>Most answers kept per engine: enough for what a server asks again, small beside the bot's footprint (an answer with its excerpts is a few KB).</summary>
    public const int MaxEntries = 512;

    private static readonly EngineAnswerMemory Memory = new(MaxEntries);

    /// <summary>The engine's answer to <paramref name="question"/>, from the cache when it was asked before; counted in <paramref name="metrics"/> either way.</summary>
    public static Answer Ask(AnswerEngine engine, string question, AnswerMetrics? metrics)
    {
        // The engine reads only the first characters of a longer question, and such questions are rarely asked twice.
        if (question.Length > AnswerEngine.MaxQuestionLength)
        {
            return engine.Ask(question);
        }

        return Memory.Remember(engine, RepeatedQuestionCache.KeyOf(question), metrics, () => engine.Ask(question));
    }
}
