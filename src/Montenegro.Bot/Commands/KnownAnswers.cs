using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Commands;

/// <summary>
/// Answers to the questions commands build themselves from canonical names (a country, a pollster, a milestone): a
/// small, bounded set, so each is worked out once per engine and then served from memory (a new knowledge base comes
/// with a new engine and so a new cache). Never for users' own words, which are unbounded.
/// </summary>
internal static class KnownAnswers
{
    private static readonly ConditionalWeakTable<AnswerEngine, ConcurrentDictionary<string, Answer>> AnswersByEngine = new();

    /// <summary>The engine's answer to <paramref name="question"/>, from the cache when it was asked before; counted in <paramref name="metrics"/> either way.</summary>
    public static Answer Ask(AnswerEngine engine, string question, AnswerMetrics? metrics)
    {
        var answers = AnswersByEngine.GetValue(engine, _ => new ConcurrentDictionary<string, Answer>(StringComparer.Ordinal));
        if (answers.TryGetValue(question, out var known))
        {
            metrics?.Record(known, TimeSpan.Zero);
            return known;
        }

        var answer = engine.Ask(question);

        // A failure may be passing; the next call tries again.
        if (!ReferenceEquals(answer, AnswerEngine.SomethingWentWrong))
        {
            answers.TryAdd(question, answer);
        }

        return answer;
    }
}
