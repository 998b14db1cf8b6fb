using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Montenegro.Bot.Discord.Testing;

/// <summary>
/// The bot as a child process, the way other tools run it: either to completion (<see cref="RunAsync"/>, for one-shot
/// commands such as <c>ask</c>) or kept running (<see cref="Start"/>, for <c>serve</c> under load). A running bot keeps
/// the tail of its output for diagnostics, reports its CPU time and memory, and is always killed (with its children)
/// when disposed or when the tool that started it exits.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private const int TailLines = 40;

    // A safety net against a hung process, not a speed check: a run takes 1-3 s, but on a shared 2-core machine under
    // heavy load a chart run once took over a minute (20 consecutive suite runs, run 8). A real hang still fails.
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _tail = new();

    static BotProcess()
    {
        // Ctrl+C or an unhandled exception must not leave a bot connected to nothing.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        Console.CancelKeyPress += (_, _) => KillAll();
    }

    private BotProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>User + system CPU the bot has used so far; unlike latency, barely affected by a busy machine.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The last lines the bot wrote (standard output and error, interleaved).</summary>
    public string OutputTail => string.Join(Environment.NewLine, _tail);

    /// <summary>
    /// The executable in its own build output (src/Montenegro.Bot/bin/CONFIGURATION/net10.0), not a copy in a test
    /// folder, whose dependencies are resolved for the test project.
    /// </summary>
    /// <param name="configuration">Debug or Release; by default the configuration the calling tool was built in.</param>
    public static string DllPath(string? configuration = null)
    {
        var baseDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = baseDir.Name;
        var built = baseDir.Parent?.Name ?? "Debug";
        return Path.Combine(RepositoryRoot(), "src", "Montenegro.Bot", "bin", configuration ?? built, framework, "Montenegro.Bot.dll");
    }

    /// <summary>The folder holding Montenegro.Bot.sln, found from the current directory or the calling tool's own folder.</summary>
    /// <exception cref="InvalidOperationException">Neither is inside the repository.</exception>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Montenegro.Bot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Repository root (the folder with Montenegro.Bot.sln) not found.");
    }

    /// <summary>
    /// Runs <c>dotnet Montenegro.Bot.dll <paramref name="args"/></c> from a working directory that is not its own,
    /// feeds it <paramref name="input"/> (then closes its standard input) and waits up to a minute for it to exit.
    /// </summary>
    /// <exception cref="TimeoutException">It did not exit in time (it is killed first).</exception>
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string? input, params string[] args) =>
        RunAsync(input, new Dictionary<string, string>(), args);

    /// <summary>As <see cref="RunAsync(string?, string[])"/>, with extra <paramref name="environment"/> variables (settings such as <c>Data__Path</c>).</summary>
    /// <exception cref="TimeoutException">It did not exit in time (it is killed first).</exception>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string? input, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(DllPath());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        try
        {
            await process.WaitForExitAsync().WaitAsync(RunTimeout);
        }
        catch (TimeoutException)
        {
            Kill(process);
            throw new TimeoutException($"The bot did not exit within {RunTimeout} ({string.Join(' ', args)}).");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts a long-running bot; its output is read in the background (keep the streams redirected).</summary>
    public static BotProcess Start(ProcessStartInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}.");
        Running[process.Id] = process;
        return new BotProcess(process);
    }

    /// <summary>Resident set size now (VmRSS) and its high-water mark (VmHWM), in MiB; Linux only.</summary>
    public (double Rss, double Peak) Memory()
    {
        double rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
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
        Kill(_process);
        Running.TryRemove(_process.Id, out _);
        _process.Dispose();
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

        _tail.Enqueue(line);
        while (_tail.Count > TailLines && _tail.TryDequeue(out _))
        {
        }
    }
}
