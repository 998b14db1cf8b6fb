using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Extraction;
using Montenegro.Bot.Knowledge.Facts;
using Montenegro.Bot.Knowledge.Search;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge;

/// <summary>
/// Loads <c>data/</c> into a <see cref="KnowledgeBase"/>. The catalogue, entities, facts and lexicon load
/// all or nothing; a source document that cannot be read is skipped with one logged line, and a text,
/// Markdown or HTML file that <c>sources.json</c> does not list is loaded with one logged warning.
/// </summary>
public static partial class KnowledgeBaseLoader
{
    /// <summary>The catalogue of sources inside the data directory.</summary>
    public const string SourcesFile = "sources.json";

    /// <summary>The entities (countries, organisations, pollsters, groups) inside the data directory.</summary>
    public const string EntitiesFile = "entities.json";

    /// <summary>The curated facts inside the data directory.</summary>
    public const string FactsFile = "facts.jsonl";

    /// <summary>The kind given to a source that <c>sources.json</c> does not describe.</summary>
    public const string DefaultKind = "document";

    // What a source list says of a document whose catalogue entry does not tell ("covers an unknown period; licence unknown").
    private const string UnknownPeriod = "an unknown period";
    private const string UnknownLicence = "licence unknown";

    /// <summary>Loads and indexes everything under <paramref name="dataPath"/>, without logging what it skips; throws <see cref="KnowledgeLoadException"/> when a data file other than a source is broken.</summary>
    public static KnowledgeBase Load(string dataPath) => Load(dataPath, NullLogger.Instance);

    /// <summary>
    /// Loads and indexes everything under <paramref name="dataPath"/>. Throws <see cref="KnowledgeLoadException"/>
    /// naming file and line when <c>sources.json</c>, <c>entities.json</c>, <c>facts.jsonl</c> or the lexicon is
    /// broken. A source file that is missing or unreadable is skipped with one line on <paramref name="logger"/>
    /// (with the curated facts that cite it); an unlisted source file is loaded with one warning.
    /// </summary>
    public static KnowledgeBase Load(string dataPath, ILogger logger) => Load(dataPath, logger, indexWriter: null);

    /// <summary>
    /// As <see cref="Load(string, ILogger)"/>, with the search index written by <paramref name="indexWriter"/> (e.g. a
    /// <see cref="LuceneIndexCache"/>, which reopens an index kept on disk), or in memory when it is null.
    /// </summary>
    public static KnowledgeBase Load(string dataPath, ILogger logger, IRetrievalIndexWriter? indexWriter)
    {
        ArgumentNullException.ThrowIfNull(dataPath);
        ArgumentNullException.ThrowIfNull(logger);
        if (!Directory.Exists(dataPath))
        {
            throw new KnowledgeLoadException(dataPath, 0, "the data directory does not exist (set Data:Path to the folder that holds sources.json)");
        }

        var catalogPath = Path.Combine(dataPath, SourcesFile);
        if (!File.Exists(catalogPath))
        {
            throw new KnowledgeLoadException(catalogPath, 0, "the file does not exist");
        }

        var sources = new List<SourceDocument>();
        var passages = new List<Passage>();
        var skipped = new List<(string SourceId, SourceProblem Problem)>();
        var entries = SourceCatalog.ReadEntries(catalogPath, Read(catalogPath, File.ReadAllBytes));
        var usedIds = entries.Select(e => e.Entry.Id!).ToHashSet(StringComparer.Ordinal);
        var dataRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataPath)) + Path.DirectorySeparatorChar;
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, line) in entries)
        {
            var file = Path.Combine(dataPath, entry.File!);
            var fullPath = Path.GetFullPath(file);
            listed.Add(fullPath);
            var id = entry.Id!;
            var problem = !fullPath.StartsWith(dataRoot, StringComparison.Ordinal) ? $"source '{id}' names file '{entry.File}', which is outside the data folder"
                : Directory.Exists(file) ? $"source '{id}' names '{entry.File}', which is a folder, not a file"
                : !File.Exists(file) ? $"source '{id}' names file '{entry.File}', which does not exist"
                : null;
            if (problem is not null)
            {
                skipped.Add((id, new SourceProblem(catalogPath, line, problem)));
                continue;
            }

            if (TryParse(id, file, logger, skipped) is { } parsed)
            {
                var title = entry.Title ?? parsed.Title ?? Path.GetFileName(file);
                sources.Add(new SourceDocument(
                    id, title, entry.Kind ?? DefaultKind, entry.Publisher, entry.Url, entry.Licence ?? UnknownLicence, entry.Period ?? UnknownPeriod, entry.Notes));
                passages.AddRange(parsed.Passages);
            }
        }

        foreach (var file in SourceCatalog.UnlistedFiles(dataPath, listed))
        {
            var id = UniqueId(Slug.From(Path.GetFileNameWithoutExtension(file)), usedIds);
            if (TryParse(id, file, logger, skipped) is { } parsed)
            {
                var title = parsed.Title ?? Path.GetFileName(file);
                LogUnlisted(logger, file, title, id);
                sources.Add(new SourceDocument(
                    id, title, DefaultKind, null, null, UnknownLicence, UnknownPeriod, $"Not described in {SourcesFile}."));
                passages.AddRange(parsed.Passages);
            }
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

        var factLines = Read(factsPath, File.ReadAllLines);
        var leftOut = LeaveOutFactsOf(skipped.Select(s => s.SourceId).ToHashSet(StringComparer.Ordinal), factLines);
        foreach (var (sourceId, problem) in skipped)
        {
            var facts = leftOut.GetValueOrDefault(sourceId);
            LogSkipped(logger, problem.Location, problem.Problem, facts == 0 ? string.Empty : $", with the {facts} curated facts that cite it");
        }

        var allFacts = FactFileReader.Read(factsPath, factLines, passagesById, entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal));
        var curated = allFacts.ToList();
        var recognizer = new EntityRecognizer(entities.Where(e => e.Type == EntityType.Pollster), []);
        allFacts.AddRange(PollTableParser.Parse(passages, firm => recognizer.Recognize(firm).FirstOrDefault()?.Entity.Id));
        allFacts.AddRange(TimelineTableParser.Parse(passages));

        // Facts derived from the passages' sentences (Extraction/), less those a curated fact already states. A table row
        // does not speak for the prose: "Invitation to join: 2015-12-02" is no answer beside the sentence that tells it.
        var extraction = Stopwatch.StartNew();
        var predicates = PredicateLexicon.Load(Path.Combine(dataPath, PredicateLexicon.FileName));
        var extracted = DerivedFacts.Extract(predicates, sources, passages, entities);
        var derived = DerivedFacts.WithMilestones(DerivedFacts.From(predicates, extracted, passages, curated), allFacts);
        allFacts.AddRange(derived);
        allFacts = DerivedFacts.WithPredicates(allFacts, predicates, entities, extracted, passagesById);
        LogDerived(logger, derived.Count, extraction.ElapsedMilliseconds);

        var lexicon = Language.Lexicon.Load(Path.Combine(dataPath, Language.Lexicon.FileName));
        var abstention = Answering.AbstentionThresholds.Load(Path.Combine(dataPath, Answering.AbstentionThresholds.FileName));
        var unstated = Answering.UnstatedDetails.Load(Path.Combine(dataPath, Answering.UnstatedDetails.FileName));
        var knowledge = new KnowledgeBase(sources, passages, allFacts, entities, new KnowledgeAnalyzer(), lexicon, predicates, indexWriter) { Abstention = abstention, Unstated = unstated };

        // Reading, extracting and indexing leave far more garbage than the knowledge they build (word counts, n-gram
        // strings, the parsed files). Returning it at once means a freshly started bot is not charged for it until some later
        // collection, as after the embedding model is loaded (measured: README.md).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return knowledge;
    }

    // One source file into passages, or null after noting why not: the other sources load regardless.
    private static ParsedSource? TryParse(string id, string file, ILogger logger, List<(string, SourceProblem)> skipped)
    {
        try
        {
            var parsed = SourceFileReader.Read(id, file, SourceCatalog.FormatOf(file) ?? SourceFormat.Text, out var warning);
            if (parsed.Passages.Count(p => p.IsAnswerable) == 0)
            {
                skipped.Add((id, new SourceProblem(file, 0, "the file has no text to answer from")));
                return null;
            }

            if (warning is not null)
            {
                LogEncoding(logger, warning.Location, warning.Problem);
            }

            return parsed;
        }
        catch (SourceFormatException e)
        {
            skipped.Add((id, new SourceProblem(file, e.Line, e.Message)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            skipped.Add((id, new SourceProblem(file, 0, $"the file cannot be read ({e.Message})")));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser's own failure on strange input concerns this file only.
            skipped.Add((id, new SourceProblem(file, 0, $"the file cannot be parsed ({e.GetType().Name}: {e.Message})")));
        }

        return null;
    }

    // The curated facts that cite a source which did not load would fail the whole load; they are blanked
    // (keeping every other line's number) and counted per source so the skip is reported with them.
    private static Dictionary<string, int> LeaveOutFactsOf(IReadOnlySet<string> skippedSources, string[] lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (skippedSources.Count == 0)
        {
            return counts;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            FactEntry? fact;
            try
            {
                fact = lines[i].TrimStart().StartsWith('{') ? JsonSerializer.Deserialize(lines[i], DataJsonContext.Default.FactEntry) : null;
            }
            catch (JsonException)
            {
                continue; // the facts reader reports it with its line
            }

            var slash = fact?.Passage?.IndexOf('/', StringComparison.Ordinal) ?? -1;
            if (slash > 0 && fact!.Passage![..slash] is var sourceId && skippedSources.Contains(sourceId))
            {
                lines[i] = string.Empty;
                counts[sourceId] = counts.GetValueOrDefault(sourceId) + 1;
            }
        }

        return counts;
    }

    private static string UniqueId(string id, HashSet<string> used)
    {
        var unique = id;
        for (var n = 2; !used.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
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

    // Every failure to read the catalogue, entities or facts becomes the same one-line load error, whoever called the loader.
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

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "{File} is not listed in sources.json; loaded as \"{Title}\" (id {Id}, kind document). Add an entry to give its title, publisher, licence and period")]
    private static partial void LogUnlisted(ILogger logger, string file, string title, string id);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "{Location}: {Problem}. Skipped{Facts}; the other sources still load")]
    private static partial void LogSkipped(ILogger logger, string location, string problem, string facts);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "{Location}: {Problem}")]
    private static partial void LogEncoding(ILogger logger, string location, string problem);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Debug, Message = "Derived {Count} facts from the passages' sentences in {Milliseconds} ms")]
    private static partial void LogDerived(ILogger logger, int count, long milliseconds);
}
