using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Commands;

/// <summary>
/// Answers to the questions commands build themselves from canonical names (a country, a pollster, a milestone), and
/// their Montenegrin writing: a small, bounded set, so each is worked out once per engine and then served from memory (a
/// new knowledge base comes with a new engine and so a new cache). Never for users' own words, which are unbounded.
/// </summary>
internal static class KnownAnswers
{
    // Keys of the Montenegrin writings: a question never starts with a control character.
    private const string MontenegrinKey = "\u0001hr\u0001";

    private static readonly EngineAnswerMemory Memory = new();

    /// <summary>The engine's answer to <paramref name="question"/>, from the cache when it was asked before; counted in <paramref name="metrics"/> either way.</summary>
    public static Answer Ask(AnswerEngine engine, string question, AnswerMetrics? metrics) =>
        Remember(engine, question, metrics, () => engine.Ask(question));

    /// <summary>The answer to <paramref name="question"/> written in Montenegrin (<see cref="AnswerEngine.InMontenegrin(Answer)"/>), from the cache when it was asked before.</summary>
    public static Answer AskInMontenegrin(AnswerEngine engine, string question, AnswerMetrics? metrics) =>
        Remember(engine, MontenegrinKey + question, metrics, () =>
        {
            var answer = Ask(engine, question, metrics);
            return ReferenceEquals(answer, AnswerEngine.SomethingWentWrong) ? answer : engine.InMontenegrin(answer);
        });

    /// <summary>
    /// The answer <paramref name="work"/> gives, worked out once per engine under <paramref name="key"/> (which must
    /// start with a control character, so it is never a question's).
    /// </summary>
    public static Answer Remember(AnswerEngine engine, string key, AnswerMetrics? metrics, Func<Answer> work) =>
        Memory.Remember(engine, key, metrics, work);
}
