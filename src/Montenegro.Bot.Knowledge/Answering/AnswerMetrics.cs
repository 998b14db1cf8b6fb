using System.Diagnostics.Metrics;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>Counts answers by intent and outcome and records how long each took.</summary>
public sealed class AnswerMetrics
{
    /// <summary>The meter's name, for exporters.</summary>
    public const string MeterName = "Montenegro.Bot.Answers";

    private readonly Counter<long> _answers;
    private readonly Histogram<double> _duration;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>, or on a meter of its own without one.</summary>
    public AnswerMetrics(IMeterFactory? meterFactory = null)
    {
        var meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _answers = meter.CreateCounter<long>("bot.answers", unit: "{answer}", description: "Answers given, by intent and outcome (answered, declined, error)");
        _duration = meter.CreateHistogram<double>("bot.answer.duration", unit: "ms", description: "Time to compose one answer");
    }

    /// <summary>Records one answer.</summary>
    public void Record(Answer answer, TimeSpan elapsed)
    {
        var outcome = answer.Intent == "error" ? "error" : answer.Answered ? "answered" : "declined";
        var tags = new KeyValuePair<string, object?>[] { new("intent", answer.Intent), new("outcome", outcome) };
        _answers.Add(1, tags);
        _duration.Record(elapsed.TotalMilliseconds, tags);
    }
}
