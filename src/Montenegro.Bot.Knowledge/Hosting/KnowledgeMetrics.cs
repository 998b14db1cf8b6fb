using System.Diagnostics.Metrics;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>Counts reloads of the sources after a change, those that failed (the knowledge base before them kept answering), and how long each took.</summary>
public sealed class KnowledgeMetrics
{
    /// <summary>The meter's name, for exporters.</summary>
    public const string MeterName = "Montenegro.Bot.Knowledge";

    private readonly Counter<long> _reloads;
    private readonly Counter<long> _failures;
    private readonly Histogram<double> _duration;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>, or on a meter of its own without one.</summary>
    public KnowledgeMetrics(IMeterFactory? meterFactory = null)
    {
        var meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _reloads = meter.CreateCounter<long>("bot.knowledge.reloads", unit: "{reload}", description: "Changes to the sources loaded and swapped in while running");
        _failures = meter.CreateCounter<long>("bot.knowledge.reload.failures", unit: "{reload}", description: "Changes to the sources that could not be loaded; the knowledge base before them kept answering");
        _duration = meter.CreateHistogram<double>("bot.knowledge.reload.duration", unit: "ms", description: "Time to load the changed sources and swap them in, or to fail");
    }

    /// <summary>Records one reload.</summary>
    public void Record(KnowledgeReload reload)
    {
        ArgumentNullException.ThrowIfNull(reload);
        (reload.Succeeded ? _reloads : _failures).Add(1);
        _duration.Record(reload.Duration.TotalMilliseconds, new KeyValuePair<string, object?>("outcome", reload.Succeeded ? "reloaded" : "failed"));
    }
}
