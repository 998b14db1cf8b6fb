namespace Montenegro.Bot.Knowledge.Tests.Search;

/// <summary>A throwaway cache directory under the temp folder, deleted with everything in it.</summary>
internal sealed class CacheFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mbot-index-cache-" + Guid.NewGuid().ToString("N"));

    /// <summary>The folders in the cache: one per index, plus any unfinished build.</summary>
    public IReadOnlyList<string> Folders =>
        Directory.Exists(Path) ? Directory.GetDirectories(Path).Select(d => new DirectoryInfo(d).Name).Order(StringComparer.Ordinal).ToList() : [];

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
