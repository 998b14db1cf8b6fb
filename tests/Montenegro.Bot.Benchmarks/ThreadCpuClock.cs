using System.Runtime.InteropServices;

namespace Montenegro.Bot.Benchmarks;

/// <summary>
/// CPU time spent by the calling thread (Linux CLOCK_THREAD_CPUTIME_ID). On a shared, loaded machine the wall time
/// of a short operation includes waiting for a core; its CPU time is what it costs, and is reported beside it.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    /// <summary>Whether the clock is available (Linux only); elsewhere <see cref="Now"/> is 0.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    /// <summary>The calling thread's CPU time so far, in milliseconds.</summary>
    public static double Now
    {
        get
        {
            if (!IsAvailable || clock_gettime(ThreadCpuTimeClock, out var time) != 0)
            {
                return 0;
            }

            return (time.Seconds * 1e3) + (time.Nanoseconds / 1e6);
        }
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
