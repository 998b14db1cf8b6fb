namespace Montenegro.Bot.Benchmarks;

/// <summary>The resident memory of this process, as the kernel counts it (including mapped index files once touched).</summary>
internal static class ProcessMemory
{
    /// <summary>Resident set size now, in bytes.</summary>
    public static long Resident => Read("VmRSS:");

    /// <summary>The highest resident set size so far, in bytes.</summary>
    public static long Peak => Read("VmHWM:");

    /// <summary>Total size of the files under <paramref name="path"/>.</summary>
    public static long DiskBytes(string path) =>
        Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;

    /// <summary>The 1-minute load average, to report beside every measurement on a shared machine.</summary>
    public static string LoadAverage => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static long Read(string key)
    {
        if (!File.Exists("/proc/self/status"))
        {
            return Environment.WorkingSet;
        }

        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[key.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
