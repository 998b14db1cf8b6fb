using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Knowledge.Hosting;
using Montenegro.Bot.Knowledge.Tests.Sources;

namespace Montenegro.Bot.Knowledge.Tests.Hosting;

/// <summary>
/// When a change to the data folder leads to a reload: only once the folder has been quiet for the delay, once for a
/// burst of changes. Driven by polling on fake time, as on a file system that sends no change notifications.
/// </summary>
public sealed class SourceFolderWatcherTests : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    private readonly DataFolder _data = new();
    private readonly FakeTimeProvider _time = new();
    private int _reported;

    private SourceFolderWatcher Watch(TimeSpan? delay = null) =>
        new(_data.Path, delay ?? Delay, Poll, _time, () => Interlocked.Increment(ref _reported), NullLogger.Instance, notifications: false);

    [Fact]
    public void A_change_is_reported_once_the_folder_has_been_quiet_for_the_delay()
    {
        using var watcher = Watch();

        _data.Write("note.txt", "Montenegro opened an honorary consulate in Reykjavik in 2019.\n");
        _time.Advance(Poll);
        _time.Advance(Delay - TimeSpan.FromMilliseconds(1));
        var beforeQuiet = _reported;
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(0, beforeQuiet);
        Assert.Equal(1, _reported);
    }

    [Fact]
    public void Each_change_seen_during_the_quiet_period_restarts_it_and_the_burst_makes_one_report()
    {
        var delay = TimeSpan.FromSeconds(5);
        using var watcher = Watch(delay);

        _data.Write("note.txt", "First half.\n");
        _time.Advance(Poll);
        _data.Write("note.txt", "First half, and the second half of a file still being copied.\n");
        _data.Write("other.txt", "Another file saved at the same time.\n");
        _time.Advance(Poll);
        _time.Advance(delay - Poll);
        var whenTheFirstQuietPeriodWouldHaveEnded = _reported;
        _time.Advance(Poll);
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, whenTheFirstQuietPeriodWouldHaveEnded);
        Assert.Equal(1, _reported);
    }

    [Fact]
    public void A_folder_nothing_changes_in_is_never_reported()
    {
        using var watcher = Watch();

        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(0, _reported);
    }

    [Fact]
    public void A_file_removed_is_a_change()
    {
        var note = _data.Write("note.txt", "Montenegro opened an honorary consulate in Reykjavik in 2019.\n");
        using var watcher = Watch();

        File.Delete(note);
        _time.Advance(Poll);
        _time.Advance(Delay);

        Assert.Equal(1, _reported);
    }

    public void Dispose() => _data.Dispose();
}
