using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Montenegro.Bot.Discord.LoadTest;

/// <summary>
/// A bot running as a child process. Keeps the tail of its output for diagnostics, reads its memory from /proc,
/// and is always killed (with its children) when disposed or when the load tool exits.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private const int TailLines = 40;

    private static readonly ConcurrentDictionary<int, Process> Running = new();

    private readonly Process process;
    private readonly ConcurrentQueue<string> tail = new();

    static BotProcess()
    {
        // Ctrl+C or an unhandled exception must not leave a bot connected to nothing.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        Console.CancelKeyPress += (_, _) => KillAll();
    }

    private BotProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>User + system CPU the bot has used so far; unlike latency, barely affected by a busy machine.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public static BotProcess Start(ProcessStartInfo info)
    {
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}.");
        Running[process.Id] = process;
        return new BotProcess(process);
    }

    public string OutputTail => string.Join(Environment.NewLine, tail);

    /// <summary>Resident set size now (VmRSS) and its high-water mark (VmHWM), in MiB.</summary>
    public (double Rss, double Peak) Memory()
    {
        double rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kib(line) / 1024.0;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kib(line) / 1024.0;
            }
        }

        return (rss, peak);
    }

    public void Dispose()
    {
        Kill(process);
        Running.TryRemove(process.Id, out _);
        process.Dispose();
    }

    private static double Kib(string line) =>
        double.Parse(line.Split(':', 2)[1].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);

    private static void KillAll()
    {
        foreach (var process in Running.Values)
        {
            Kill(process);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        tail.Enqueue(line);
        while (tail.Count > TailLines && tail.TryDequeue(out _))
        {
        }
    }
}
