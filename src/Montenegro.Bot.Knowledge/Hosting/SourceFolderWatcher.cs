using Microsoft.Extensions.Logging;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>
/// Says when the data folder has changed and then stayed quiet for the reload delay. Change notifications
/// (<see cref="FileSystemWatcher"/>) give the change at once; a periodic comparison of the folder's files (names,
/// sizes, times) catches what notifications miss: network shares, some container volume mounts, a notification
/// queue that overflowed, or a host out of inotify watches, where the watcher cannot start at all.
/// </summary>
internal sealed partial class SourceFolderWatcher : IDisposable
{
    private readonly string _path;
    private readonly TimeSpan _delay;
    private readonly Action _changed;
    private readonly ILogger _logger;
    private readonly ITimer _quiet;
    private readonly ITimer? _poll;
    private readonly FileSystemWatcher? _watcher;
    private readonly Lock _gate = new();
    private string _snapshot;
    private bool _overflowReported;

    /// <summary>
    /// Starts watching <paramref name="path"/>; <paramref name="changed"/> runs on a timer thread, once per quiet spell
    /// after changes. Without <paramref name="notifications"/>, changes are found by polling alone (as where the file
    /// system sends none).
    /// </summary>
    public SourceFolderWatcher(string path, TimeSpan delay, TimeSpan pollInterval, TimeProvider time, Action changed, ILogger logger, bool notifications = true)
    {
        _path = Path.GetFullPath(path);
        _delay = delay;
        _changed = changed;
        _logger = logger;
        _snapshot = Snapshot();
        _quiet = time.CreateTimer(_ => _changed(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = notifications ? TryWatch() : null;
        if (pollInterval > TimeSpan.Zero)
        {
            _poll = time.CreateTimer(_ => Poll(), null, pollInterval, pollInterval);
        }
        else if (_watcher is null)
        {
            LogUnwatched(_logger, _path);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _watcher?.Dispose();
        _poll?.Dispose();
        _quiet.Dispose();
    }

    // Every change (re)starts the quiet spell: the reload comes once the folder has been still for the delay.
    private void Touched()
    {
        lock (_gate)
        {
            _snapshot = Snapshot();
        }

        _quiet.Change(_delay, Timeout.InfiniteTimeSpan);
    }

    private void Poll()
    {
        var now = Snapshot();
        lock (_gate)
        {
            if (now == _snapshot)
            {
                return;
            }

            _snapshot = now;
        }

        _quiet.Change(_delay, Timeout.InfiniteTimeSpan);
    }

    private FileSystemWatcher? TryWatch()
    {
        try
        {
            var watcher = new FileSystemWatcher(_path)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            watcher.Changed += (_, _) => Touched();
            watcher.Created += (_, _) => Touched();
            watcher.Deleted += (_, _) => Touched();
            watcher.Renamed += (_, _) => Touched();
            watcher.Error += (_, e) => Overflowed(e.GetException());
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            LogNoNotifications(_logger, _path, e.Message);
            return null;
        }
    }

    // Notifications were lost: something changed, but what is unknown, so reload (once reported).
    private void Overflowed(Exception error)
    {
        if (!_overflowReported)
        {
            _overflowReported = true;
            LogOverflow(_logger, _path, error.Message);
        }

        Touched();
    }

    // What the folder holds, as far as a reload would notice: every file's path, size and last write time.
    private string Snapshot()
    {
        try
        {
            var files = new DirectoryInfo(_path).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
                .Select(f => $"{Path.GetRelativePath(_path, f.FullName)}\u0000{f.Length}\u0000{f.LastWriteTimeUtc.Ticks}")
                .Order(StringComparer.Ordinal);
            return string.Join('\n', files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder itself went or cannot be read: a state of its own, which the reload will report.
            return "unreadable: " + e.GetType().Name;
        }
    }

    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning, Message = "No change notifications for {Path} ({Problem}); changes are found by comparing the folder every Data:PollInterval")]
    private static partial void LogNoNotifications(ILogger logger, string path, string problem);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Warning, Message = "Change notifications for {Path} were lost ({Problem}); reloading to be sure")]
    private static partial void LogOverflow(ILogger logger, string path, string problem);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Warning, Message = "Changes to {Path} will not be loaded: change notifications are unavailable and Data:PollInterval is 0")]
    private static partial void LogUnwatched(ILogger logger, string path);
}
