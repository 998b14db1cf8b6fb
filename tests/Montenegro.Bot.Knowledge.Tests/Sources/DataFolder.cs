using System.Text.Json.Nodes;

namespace Montenegro.Bot.Knowledge.Tests.Sources;

/// <summary>A throwaway copy of the repository's data/ under the temp folder, to which a test adds or breaks sources.</summary>
internal sealed class DataFolder : IDisposable
{
    public DataFolder()
    {
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.GetFiles(KnowledgeFixture.DataPath))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mbot-sources-" + Guid.NewGuid().ToString("N"));

    public string CatalogPath => System.IO.Path.Combine(Path, KnowledgeBaseLoader.SourcesFile);

    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text);
        return file;
    }

    public string Write(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    /// <summary>Appends an entry to sources.json and returns the 1-based line its object starts on.</summary>
    public int List(string id, string file, string title)
    {
        var catalog = JsonNode.Parse(File.ReadAllText(CatalogPath))!.AsArray();
        catalog.Add(new JsonObject
        {
            ["id"] = id,
            ["file"] = file,
            ["title"] = title,
            ["kind"] = "Note",
            ["licence"] = "Written for the tests",
            ["period"] = "2006",
        });
        var text = catalog.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(CatalogPath, text);
        return Array.FindLastIndex(text.Split('\n'), l => l.Trim() == "{") + 1;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
