using System.Text.Json;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Search;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge;

/// <summary>Loads <c>data/</c> into a <see cref="KnowledgeBase"/>, all or nothing.</summary>
public static class KnowledgeBaseLoader
{
    /// <summary>The catalogue of sources inside the data directory.</summary>
    public const string SourcesFile = "sources.json";

    /// <summary>The entities (countries, organisations, pollsters, groups) inside the data directory.</summary>
    public const string EntitiesFile = "entities.json";

    /// <summary>The curated facts inside the data directory.</summary>
    public const string FactsFile = "facts.jsonl";

    /// <summary>Loads and indexes everything under <paramref name="dataPath"/>; throws <see cref="KnowledgeLoadException"/> on the first problem.</summary>
    public static KnowledgeBase Load(string dataPath)
    {
        if (!Directory.Exists(dataPath))
        {
            throw new KnowledgeLoadException(dataPath, 0, "the data directory does not exist (set Data:Path to the folder that holds sources.json)");
        }

        var sourceEntries = ReadJson(Path.Combine(dataPath, SourcesFile), DataJsonContext.Default.SourceEntryArray);
        var sources = new List<SourceDocument>();
        var passages = new List<Passage>();
        foreach (var entry in sourceEntries)
        {
            var file = Path.Combine(dataPath, entry.File);
            if (!File.Exists(file))
            {
                throw new KnowledgeLoadException(Path.Combine(dataPath, SourcesFile), 0, $"source '{entry.Id}' names file '{entry.File}', which does not exist");
            }

            sources.Add(new SourceDocument(entry.Id, entry.Title, entry.Kind, entry.Publisher, entry.Url, entry.Licence, entry.Period, entry.Notes));
            passages.AddRange(PassageSplitter.Split(entry.Id, Read(file, File.ReadAllText)));
        }

        var entityEntries = ReadJson(Path.Combine(dataPath, EntitiesFile), DataJsonContext.Default.EntityEntryArray);
        var entities = new List<Entity>(entityEntries.Length);
        foreach (var e in entityEntries)
        {
            if (!Enum.TryParse<EntityType>(e.Type, ignoreCase: true, out var type))
            {
                throw new KnowledgeLoadException(Path.Combine(dataPath, EntitiesFile), 0, $"entity '{e.Id}' has unknown type '{e.Type}'");
            }

            entities.Add(new Entity(e.Id, type, e.Name, e.Aliases ?? []));
        }

        var passagesById = passages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var factsPath = Path.Combine(dataPath, FactsFile);
        if (!File.Exists(factsPath))
        {
            throw new KnowledgeLoadException(factsPath, 0, "the facts file does not exist");
        }

        var facts = FactFileReader.Read(factsPath, Read(factsPath, File.ReadAllLines), passagesById, entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal));
        var recognizer = new EntityRecognizer(entities.Where(e => e.Type == EntityType.Pollster), []);
        facts.AddRange(PollTableParser.Parse(passages, firm => recognizer.Recognize(firm).FirstOrDefault()?.Entity.Id));
        facts.AddRange(TimelineTableParser.Parse(passages));

        var lexicon = Language.Lexicon.Load(Path.Combine(dataPath, Language.Lexicon.FileName));
        return new KnowledgeBase(sources, passages, facts, entities, new KnowledgeAnalyzer(), lexicon);
    }

    private static T ReadJson<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        if (!File.Exists(path))
        {
            throw new KnowledgeLoadException(path, 0, "the file does not exist");
        }

        try
        {
            using var stream = Read(path, File.OpenRead);
            return JsonSerializer.Deserialize(stream, type) ?? throw new KnowledgeLoadException(path, 0, "the file is empty");
        }
        catch (JsonException e)
        {
            throw new KnowledgeLoadException(path, (int)(e.LineNumber ?? -1) + 1, $"invalid JSON ({e.Message})");
        }
    }

    // Every failure to read data/ becomes the same one-line load error, whoever called the loader.
    private static T Read<T>(string path, Func<string, T> read)
    {
        try
        {
            return read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KnowledgeLoadException(path, 0, $"the file cannot be read ({e.Message})", e);
        }
    }
}
