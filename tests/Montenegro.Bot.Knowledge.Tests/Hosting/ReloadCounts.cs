using System.Diagnostics.Metrics;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Knowledge.Tests.Hosting;

/// <summary>
/// A meter factory of its own for one test, and the reload counters read from its meters only: tests running at the
/// same time have meters of the same name.
/// </summary>
internal sealed class ReloadCounts : IMeterFactory
{
    private readonly MeterListener _listener = new();
    private long _reloads;
    private long _failures;

    public ReloadCounts()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == this && instrument.Meter.Name == KnowledgeMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "bot.knowledge.reloads")
            {
                Interlocked.Add(ref _reloads, value);
            }
            else if (instrument.Name == "bot.knowledge.reload.failures")
            {
                Interlocked.Add(ref _failures, value);
            }
        });
        _listener.Start();
    }

    public long Reloads => Interlocked.Read(ref _reloads);

    public long Failures => Interlocked.Read(ref _failures);

    public Meter Create(MeterOptions options) => new(options.Name, options.Version, options.Tags, this);

    public void Dispose() => _listener.Dispose();
}
