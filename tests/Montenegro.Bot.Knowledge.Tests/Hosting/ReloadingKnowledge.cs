using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Hosting;
using Montenegro.Bot.Knowledge.Tests.Sources;

namespace Montenegro.Bot.Knowledge.Tests.Hosting;

/// <summary>
/// The loader worker over a throwaway copy of data/ (words only, index kept in a throwaway cache), started as a host
/// starts it, on fake time: changes are loaded as soon as they are seen (no quiet period), and a replaced engine is
/// released only when the test moves the clock.
/// </summary>
internal sealed class ReloadingKnowledge : IAsyncDisposable
{
    private readonly KnowledgeLoaderWorker _worker;

    private ReloadingKnowledge(bool watch)
    {
        var options = Options.Create(new KnowledgeOptions { Path = Data.Path, Watch = watch, ReloadDelay = TimeSpan.Zero, PollInterval = TimeSpan.Zero });
        var retrieval = Options.Create(new RetrievalOptions { Semantic = false, CacheDirectory = Cache });
        _worker = new KnowledgeLoaderWorker(
            options,
            retrieval,
            State,
            new AnswerMetrics(Counts),
            new KnowledgeMetrics(Counts),
            Lifetime,
            Loggers,
            new Logger<KnowledgeLoaderWorker>(Loggers),
            Time);
    }

    public DataFolder Data { get; } = new();

    public string Cache { get; } = Path.Combine(Path.GetTempPath(), "mbot-reload-cache-" + Guid.NewGuid().ToString("N"));

    public KnowledgeState State { get; } = new();

    public ReloadCounts Counts { get; } = new();

    public RecordingLoggerFactory Loggers { get; } = new();

    public RecordingLogger Log => Loggers.Log;

    public FakeTimeProvider Time { get; } = new();

    public StoppingLifetime Lifetime { get; } = new();

    /// <summary>The index folders in the cache, one per index kept.</summary>
    public IReadOnlyList<string> IndexFolders =>
        Directory.Exists(Path.Combine(Cache, "index"))
            ? Directory.GetDirectories(Path.Combine(Cache, "index")).SelectMany(Directory.GetDirectories).ToList()
            : [];

    public static async Task<ReloadingKnowledge> StartAsync(bool watch = true)
    {
        var knowledge = new ReloadingKnowledge(watch);
        await knowledge._worker.StartAsync(CancellationToken.None);
        await knowledge.State.WhenReadyAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        return knowledge;
    }

    public AnswerEngine Engine => State.Engine!;

    /// <summary>Puts a file into the data folder in one step (written beside it, then moved in), as a deploy would.</summary>
    public void Drop(string name, string text)
    {
        var staged = Path.Combine(Path.GetTempPath(), "mbot-staged-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(staged, text);
        File.Move(staged, Path.Combine(Data.Path, name), overwrite: true);
    }

    public async ValueTask DisposeAsync()
    {
        await _worker.StopAsync(CancellationToken.None);
        _worker.Dispose();
        Counts.Dispose();
        Data.Dispose();
        if (Directory.Exists(Cache))
        {
            Directory.Delete(Cache, recursive: true);
        }
    }

    /// <summary>A host lifetime that only records that the worker asked the host to stop.</summary>
    internal sealed class StoppingLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public bool StopRequested { get; private set; }

        public void StopApplication() => StopRequested = true;
    }
}
