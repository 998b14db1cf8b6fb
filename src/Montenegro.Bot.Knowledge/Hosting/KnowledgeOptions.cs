namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>Where the sources are. Bound from the <c>Data</c> configuration section.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Data";

    /// <summary>The folder that holds <c>sources.json</c>; defaults to the <c>data</c> folder shipped next to the binaries.</summary>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "data");
}
