using System.Text.Json;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Facts;

/// <summary>Reads the curated facts file: one JSON object a line, each checked against the passages and entities.</summary>
public static class FactFileReader
{
    private static readonly HashSet<string> Topics = new(StringComparer.Ordinal)
    {
        "recognition", "independence", "membership", "relations", "nato", "ratification", "poll", "ukraine",
    };

    /// <summary>Parses <paramref name="lines"/> of <paramref name="fileName"/>; throws <see cref="KnowledgeLoadException"/> naming the line of the first problem.</summary>
    public static List<Fact> Read(
        string fileName,
        IReadOnlyList<string> lines,
        IReadOnlyDictionary<string, Passage> passages,
        ISet<string> entityIds)
    {
        var facts = new List<Fact>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            FactEntry? entry;
            try
            {
                entry = JsonSerializer.Deserialize(line, DataJsonContext.Default.FactEntry);
            }
            catch (JsonException e)
            {
                throw new KnowledgeLoadException(fileName, lineNumber, $"not a valid JSON object ({e.Message})");
            }

            var fail = (string problem) => new KnowledgeLoadException(fileName, lineNumber, problem);
            if (entry is null)
            {
                throw fail("empty entry");
            }

            var id = Required(entry.Id, "id", fail);
            if (!ids.Add(id))
            {
                throw fail($"duplicate fact id '{id}'");
            }

            var topic = Required(entry.Topic, "topic", fail);
            if (!Topics.Contains(topic))
            {
                throw fail($"unknown topic '{topic}' (expected one of {string.Join(", ", Topics)})");
            }

            var passageId = Required(entry.Passage, "passage", fail);
            if (!passages.ContainsKey(passageId))
            {
                throw fail($"fact '{id}' cites passage '{passageId}', which no source has");
            }

            foreach (var entity in (entry.Entities ?? []).Append(entry.Pollster).Append(entry.Group).OfType<string>())
            {
                if (!entityIds.Contains(entity))
                {
                    throw fail($"fact '{id}' names unknown entity '{entity}'");
                }
            }

            FactDate? date = null;
            if (entry.Date is not null || entry.Iso is not null)
            {
                try
                {
                    date = FactDate.FromIso(entry.Date ?? entry.Iso!, entry.Iso);
                }
                catch (FormatException)
                {
                    throw fail($"fact '{id}' has an iso date '{entry.Iso}' that is not yyyy, yyyy-MM or yyyy-MM-dd");
                }
            }

            PollFigures? poll = topic == "poll"
                ? new PollFigures(entry.Pollster, entry.Group, entry.For, entry.Against, entry.Undecided, null, FromTable: false)
                : null;
            var entities = (entry.Entities ?? []).ToList();
            if (entry.Pollster is not null && !entities.Contains(entry.Pollster))
            {
                entities.Add(entry.Pollster);
            }

            if (entry.Group is not null && !entities.Contains(entry.Group))
            {
                entities.Add(entry.Group);
            }

            facts.Add(new Fact(
                id,
                topic,
                Required(entry.Label, "label", fail),
                passageId,
                Required(entry.Statement, "statement", fail),
                entities,
                date,
                entry.Milestone,
                poll,
                entry.Evidence ?? [])
            {
                Reason = entry.Reason,
            });
        }

        return facts;
    }

    private static string Required(string? value, string name, Func<string, KnowledgeLoadException> fail) =>
        string.IsNullOrWhiteSpace(value) ? throw fail($"missing \"{name}\"") : value;
}
