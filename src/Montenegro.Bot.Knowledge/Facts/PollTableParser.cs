using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Facts;

/// <summary>
/// Reads opinion-poll tables (columns for date, polling firm, for, against and lead) into poll facts,
/// one a row, each citing its row.
/// </summary>
public static class PollTableParser
{
    /// <summary>Poll facts from every poll-table row among <paramref name="passages"/>.</summary>
    public static IEnumerable<Fact> Parse(IEnumerable<Passage> passages, Func<string, string?> pollsterIdOf)
    {
        foreach (var row in passages.Where(p => p.Kind == PassageKind.TableRow && IsPollTable(p.Headers)))
        {
            var date = Cell(row, "date");
            var firm = Cell(row, "poll");
            var forShare = Cell(row, "for");
            var against = Cell(row, "against");
            var lead = Cell(row, "lead");
            if (date is null || forShare is null || against is null)
            {
                continue;
            }

            var pollsterId = firm is null ? null : pollsterIdOf(firm);
            var who = firm is null ? $"Poll of {date} (the table names no polling firm)" : $"{firm}, {date}";
            var statement = $"{who}: {forShare}% for NATO membership, {against}% against" +
                (lead is null ? "." : $", a lead of {lead}.");
            yield return new Fact(
                Id: $"poll/table/{row.Id.Split('/')[^1]}",
                Topic: "poll",
                Label: firm is null ? $"Poll of {date}" : $"{firm} poll, {date}",
                PassageId: row.Id,
                Statement: statement,
                EntityIds: pollsterId is null ? [] : [pollsterId],
                Date: FactDate.Parse(date),
                Milestone: null,
                Poll: new PollFigures(pollsterId, null, forShare, against, null, lead, FromTable: true),
                Evidence: [date, forShare, against]);
        }
    }

    private static bool IsPollTable(IReadOnlyList<string> headers) =>
        headers.Any(h => h.Contains("poll", StringComparison.OrdinalIgnoreCase))
        && headers.Any(h => h.StartsWith("for", StringComparison.OrdinalIgnoreCase))
        && headers.Any(h => h.StartsWith("against", StringComparison.OrdinalIgnoreCase));

    private static string? Cell(Passage row, string headerPrefix)
    {
        for (var i = 0; i < row.Headers.Count && i < row.Items.Count; i++)
        {
            var header = row.Headers[i];
            var matches = headerPrefix == "poll"
                ? header.Contains("poll", StringComparison.OrdinalIgnoreCase)
                : header.StartsWith(headerPrefix, StringComparison.OrdinalIgnoreCase);
            if (matches)
            {
                return row.Items[i].Length == 0 ? null : row.Items[i];
            }
        }

        return null;
    }
}
