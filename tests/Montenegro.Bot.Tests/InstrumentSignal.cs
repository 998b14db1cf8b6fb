using System.Diagnostics.Metrics;

namespace Montenegro.Bot.Tests;

/// <summary>Completes when one host's instrument records its first measurement: a signal to wait for instead of polling.</summary>
internal sealed class InstrumentSignal : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly TaskCompletionSource _recorded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="factory">The host's meter factory: meters of other hosts running in parallel do not count.</param>
    /// <param name="meterName">The meter.</param>
    /// <param name="instrumentName">The instrument.</param>
    public InstrumentSignal(IMeterFactory factory, string meterName, string instrumentName)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Meter.Name == meterName && instrument.Name == instrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, _, _, _) => _recorded.TrySetResult());
        _listener.Start();
    }

    /// <summary>Completes at the first measurement.</summary>
    public Task Recorded => _recorded.Task;

    public void Dispose() => _listener.Dispose();
}
