using System.Diagnostics.Metrics;

namespace Montenegro.Bot.Discord.Components;

/// <summary>Counts the Helpful / Not helpful clicks on answers, by the answer's intent, for <c>/metrics</c>.</summary>
public sealed class AnswerFeedbackMetrics : IDisposable
{
    /// <summary>The meter's name, for exporters.</summary>
    public const string MeterName = "Montenegro.Bot.Feedback";

    /// <summary>The counter's name.</summary>
    public const string CounterName = "bot.answer.feedback";

    // Tag values come from button ids, which a client can forge: only known intents become tags, so the series stay few.
    private static readonly HashSet<string> KnownIntents = new(StringComparer.Ordinal)
    {
        "recognition", "independence", "membership", "nato", "ratification", "poll", "relations", "no-relations", "ukraine",
        "search", "decline", "comparison", "duration", "multi", "semantic", "event", "person", "vote", "general",
    };

    private readonly Meter _meter;
    private readonly Counter<long> _feedback;

    /// <summary>Creates the counter on a meter from <paramref name="meterFactory"/>, or on a meter of its own without one.</summary>
    public AnswerFeedbackMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _feedback = _meter.CreateCounter<long>(CounterName, unit: "{click}", description: "Helpful / Not helpful clicks on answers (tags: intent, outcome = helpful | not_helpful)");
    }

    /// <summary>The intent tag for <paramref name="intent"/>: itself when known, else <c>other</c>.</summary>
    public static string IntentTag(string intent) => KnownIntents.Contains(intent) ? intent : "other";

    /// <summary>Counts one click.</summary>
    public void Record(string intent, bool helpful) =>
        _feedback.Add(1, new KeyValuePair<string, object?>("intent", IntentTag(intent)), new KeyValuePair<string, object?>("outcome", helpful ? "helpful" : "not_helpful"));

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
