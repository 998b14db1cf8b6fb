namespace Montenegro.Bot.Benchmarks;

/// <summary>What one child process measured for one corpus size (times in seconds or milliseconds, sizes in bytes).</summary>
internal sealed record ScaleRun(
    int Passages,
    long TextChars,
    double GenerateSeconds,
    double BuildSeconds,
    double BuildCpuSeconds,
    double ReopenSeconds,
    long DiskBytes,
    int Queries,
    double QueryP50Ms,
    double QueryP99Ms,
    double QueryMaxMs,
    double QueryCpuP50Ms,
    double QueryCpuP99Ms,
    long BaselineRssBytes,
    long RssAfterBuildBytes,
    long RssAfterQueriesBytes,
    long PeakRssBytes,
    double? MemoryBuildSeconds,
    double? MemoryQueryP50Ms,
    double? MemoryQueryP99Ms,
    double? MemoryQueryCpuP99Ms,
    string LoadAverage);
