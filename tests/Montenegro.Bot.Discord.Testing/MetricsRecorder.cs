using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Montenegro.Bot.Discord.Testing;

/// <summary>
/// Adds up the counters of one meter as they are recorded, by instrument and by instrument and <c>outcome</c> tag
/// (<c>discord.http.requests</c> and <c>discord.http.requests/malformed</c>). A counter is recorded when the work it
/// counts is finished, which makes it a good signal to wait for.
/// </summary>
public sealed class MetricsRecorder : IDisposable
{
    private readonly ConcurrentDictionary<string, long> _totals = new(StringComparer.Ordinal);
    private readonly MeterListener _listener = new();

    /// <summary>Starts listening.</summary>
    /// <param name="meterName">The meter to listen to.</param>
    /// <param name="scope">Only meters created with this scope (a host's <c>IMeterFactory</c>), so parallel tests don't mix.</param>
    public MetricsRecorder(string meterName, object? scope)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName && (scope is null || ReferenceEquals(instrument.Meter.Scope, scope)))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            _totals.AddOrUpdate(instrument.Name, value, (_, total) => total + value);
            foreach (var tag in tags)
            {
                if (tag.Key == "outcome")
                {
                    _totals.AddOrUpdate($"{instrument.Name}/{tag.Value}", value, (_, total) => total + value);
                }
            }

            Changes.Pulse();
        });
        _listener.Start();
    }

    /// <summary>Pulsed after every measurement.</summary>
    public ChangeSignal Changes { get; } = new();

    /// <summary>The sum so far of <paramref name="instrument"/>, or only of its measurements tagged <paramref name="outcome"/>.</summary>
    public long Total(string instrument, string? outcome = null) =>
        _totals.GetValueOrDefault(outcome is null ? instrument : $"{instrument}/{outcome}");

    /// <summary>Waits until <see cref="Total"/> reaches <paramref name="atLeast"/>.</summary>
    public Task WaitForAsync(string instrument, string? outcome = null, long atLeast = 1, TimeSpan? timeout = null) =>
        ChangeSignal.WaitUntilAsync(() => Total(instrument, outcome) >= atLeast, $"{instrument}/{outcome} >= {atLeast}", timeout, Changes);

    public void Dispose() => _listener.Dispose();
}
