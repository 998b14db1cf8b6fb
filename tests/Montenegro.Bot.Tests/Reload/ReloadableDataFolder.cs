namespace Montenegro.Bot.Tests.Reload;

/// <summary>
/// A throwaway copy of the shipped data/ and a cache folder of its own, with the settings that make a host load from
/// them, words only, and reload a change as soon as it is seen.
/// </summary>
internal sealed class ReloadableDataFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("montenegro-bot-reload-data-");
    private readonly DirectoryInfo _cache = Directory.CreateTempSubdirectory("montenegro-bot-reload-cache-");

    public ReloadableDataFolder()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data")))
        {
            File.Copy(file, Path.Combine(_folder.FullName, Path.GetFileName(file)));
        }
    }

    public string DataPath => _folder.FullName;

    public string[] Settings =>
    [
        $"--Data:Path={DataPath}",
        "--Data:ReloadDelay=00:00:00",
        "--Data:PollInterval=00:00:00",
        "--Retrieval:Semantic=false",
        $"--Retrieval:CacheDirectory={_cache.FullName}",
    ];

    /// <summary>Puts a file into the data folder in one step (written beside it, then moved in), as a deploy would.</summary>
    public void Drop(string name, string text)
    {
        var staged = Path.Combine(Path.GetTempPath(), "montenegro-bot-staged-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(staged, text);
        File.Move(staged, Path.Combine(DataPath, name), overwrite: true);
    }

    public string Read(string name) => File.ReadAllText(Path.Combine(DataPath, name));

    public void Dispose()
    {
        _folder.Delete(recursive: true);
        _cache.Delete(recursive: true);
    }
}
