namespace Montenegro.Bot.Tests;

/// <summary>A data folder whose source catalogue is not JSON: it passes the Data:Path check, then fails to load.</summary>
internal sealed class BrokenDataFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("montenegro-bot-broken-data-");

    public BrokenDataFolder() => File.WriteAllText(System.IO.Path.Combine(_folder.FullName, "sources.json"), "{ not json");

    public string Path => _folder.FullName;

    public void Dispose() => _folder.Delete(recursive: true);
}
