using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Facts;

/// <summary>
/// Reads the "Event | Date" timeline table: named rows become milestone facts; rows under
/// "Ratification by:" whose country column is empty become ratification facts that say so.
/// </summary>
public static class TimelineTableParser
{
    /// <summary>How the ids of the table's named steps begin ("nato/timeline/3"); the allies' ratifications have their own.</summary>
    public const string StepIdPrefix = "nato/timeline/";

    /// <summary>Timeline facts from every event/date table row among <paramref name="passages"/>.</summary>
    public static IEnumerable<Fact> Parse(IEnumerable<Passage> passages)
    {
        foreach (var row in passages.Where(p => p.Kind == PassageKind.TableRow && IsTimeline(p.Headers)))
        {
            var ordinal = row.Id.Split('/')[^1];
            var eventName = row.Items.Count > 0 ? row.Items[0] : string.Empty;
            var dateText = row.Items.Count > 1 ? row.Items[1] : string.Empty;
            if (dateText.Length == 0)
            {
                continue;
            }

            var date = FactDate.Parse(dateText);
            if (eventName.Length > 0)
            {
                yield return new Fact(
                    Id: $"{StepIdPrefix}{ordinal}",
                    Topic: "nato",
                    Label: eventName,
                    PassageId: row.Id,
                    Statement: $"The ratification timeline table dates \"{eventName}\" to {dateText}.",
                    EntityIds: [],
                    Date: date,
                    Milestone: eventName,
                    Poll: null,
                    Evidence: [eventName, dateText]);
            }
            else
            {
                yield return new Fact(
                    Id: $"ratification/timeline/{ordinal}",
                    Topic: "ratification",
                    Label: "Allied ratification",
                    PassageId: row.Id,
                    Statement: $"The timeline table lists an allied ratification on {dateText}; the source does not name the country.",
                    EntityIds: [],
                    Date: date,
                    Milestone: null,
                    Poll: null,
                    Evidence: [dateText]);
            }
        }
    }

    private static bool IsTimeline(IReadOnlyList<string> headers) =>
        headers.Count == 2
        && headers[0].Equals("Event", StringComparison.OrdinalIgnoreCase)
        && headers[1].Equals("Date", StringComparison.OrdinalIgnoreCase);
}
