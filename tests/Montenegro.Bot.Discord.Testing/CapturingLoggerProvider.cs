using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Montenegro.Bot.Discord.Testing;

/// <summary>
/// Keeps every log line (message and exception text) so tests can search them, e.g. for leaked secrets, and wait for
/// a line as the signal that something happened.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => _entries.ToArray();

    public string AllText => string.Join('\n', _entries.Select(e => e.ToString()));

    /// <summary>Pulsed after every line.</summary>
    public ChangeSignal Changes { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    /// <summary>Waits for a line that matches (one already written counts) and returns the first.</summary>
    public async Task<CapturedLog> WaitForAsync(Func<CapturedLog, bool> match, string because, TimeSpan? timeout = null)
    {
        CapturedLog? found = null;
        await ChangeSignal.WaitUntilAsync(() => (found = _entries.FirstOrDefault(match)) is not null, "log line: " + because, timeout, Changes)
            .ConfigureAwait(false);
        return found!;
    }

    public void Dispose()
    {
    }

    private void Add(CapturedLog entry)
    {
        _entries.Enqueue(entry);
        Changes.Pulse();
    }

    private sealed class Logger(string category, CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Add(new CapturedLog(logLevel, category, formatter(state, exception), exception?.ToString()));
    }
}
