using Montenegro.Bot.Charts;

namespace Montenegro.Bot.Tests.Charts;

/// <summary>A renderer that signals when it starts and finishes only when the test lets it, or fails when told to.</summary>
internal sealed class GatedRenderer : IPollChartRenderer
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    public Exception? Failure { get; init; }

    public Task Started => _started.Task;

    public int Calls => Volatile.Read(ref _calls);

    public void Release() => _release.TrySetResult();

    public ChartImage Render(PollChartData data)
    {
        Interlocked.Increment(ref _calls);
        _started.TrySetResult();

        // Runs on a thread-pool thread of the service's; the bound only keeps a broken test from hanging.
        if (!_release.Task.Wait(TimeSpan.FromMinutes(1)))
        {
            throw new TimeoutException("The test never released the renderer.");
        }

        if (Failure is not null)
        {
            throw Failure;
        }

        return new ChartImage([1, 2, 3], 1000, 600, PollChartRenderer.FileName(data.PollsterId));
    }
}
