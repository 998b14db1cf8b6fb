using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Commands;

/// <summary>
/// Answers worked out once per engine and then served from memory: a reloaded knowledge base comes with a new engine,
/// whose memory starts empty, and the old one goes with its engine. With <c>maxEntries</c>, bounded (for users' own
/// words, which are unbounded): when full it starts over.
/// </summary>
internal sealed class EngineAnswerMemory(int? maxEntries = null)
{
    private readonly ConditionalWeakTable<AnswerEngine, ConcurrentDictionary<string, Answer>> _answersByEngine = new();

    /// <summary>The answer <paramref name="work"/> gives, kept under <paramref name="key"/>; counted in <paramref name="metrics"/> when it comes from memory.</summary>
    public Answer Remember(AnswerEngine engine, string key, AnswerMetrics? metrics, Func<Answer> work)
    {
        var answers = _answersByEngine.GetValue(engine, _ => new ConcurrentDictionary<string, Answer>(StringComparer.Ordinal));
        if (answers.TryGetValue(key, out var known))
        {
            metrics?.Record(known, TimeSpan.Zero);
            return known;
        }

        var answer = work();

        // A failure may be passing; the next call tries again.
        if (!ReferenceEquals(answer, AnswerEngine.SomethingWentWrong))
        {
            if (answers.Count >= maxEntries)
            {
                answers.Clear();
            }

            answers.TryAdd(key, answer);
        }

        return answer;
    }
}
