using System.Globalization;
using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Extraction;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Tests.Extraction;

/// <summary>
/// docs/extraction.md lists every derived fact with a hand review: when the extractor changes, the list must be
/// reviewed again. The failure message gives the rows to review, in the doc's format.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed partial class ReviewedListTests(KnowledgeFixture fixture)
{
    [Fact]
    public void The_reviewed_list_holds_every_derived_fact_as_the_extractor_derives_it_now()
    {
        var reviewed = ReviewedRows().ToDictionary(r => r.Id, r => r.Columns, StringComparer.Ordinal);
        var derived = ExtractionHarness.FromSources(fixture.Knowledge);

        var toReview = derived.Where(f => !reviewed.TryGetValue(f.Id, out var columns) || columns != Row(f))
            .Select(f => $"| n | {Row(f)} | right/wrong |").ToList();
        var gone = reviewed.Keys.Except(derived.Select(f => f.Id), StringComparer.Ordinal).ToList();

        Assert.True(toReview.Count == 0 && gone.Count == 0,
            $"docs/extraction.md is out of date. Review and add or replace:\n{string.Join("\n", toReview)}\nRemove: {string.Join(", ", gone)}");
    }

    [Fact]
    public void The_precision_the_doc_states_is_the_share_of_its_rows_reviewed_right()
    {
        var rows = ReviewedRows().ToList();
        Assert.All(rows, r => Assert.Matches("^(right|\\*\\*wrong\\*\\*)", r.Review));
        var right = rows.Count(r => r.Review.StartsWith("right", StringComparison.Ordinal));

        var stated = PrecisionLine().Match(Doc());
        Assert.True(stated.Success, "docs/extraction.md states no precision line");
        Assert.Equal((right, rows.Count), (int.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(stated.Groups[2].Value, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_recall_the_doc_states_is_the_one_measured()
    {
        var derived = ExtractionHarness.FromSources(fixture.Knowledge);
        var curated = ExtractionHarness.Reference(fixture.Knowledge);
        var found = curated.Count(c => derived.Any(d => CuratedMatch.Matches(c, d, fixture.Knowledge.PassagesById[c.PassageId].Text)));

        var stated = RecallLine().Match(Doc());
        Assert.True(stated.Success, "docs/extraction.md states no recall line");
        Assert.Equal((found, curated.Count), (int.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(stated.Groups[2].Value, CultureInfo.InvariantCulture)));
    }

    /// <summary>A derived fact as the doc's table shows it, between the row number and the review.</summary>
    public static string Row(Fact fact)
    {
        static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        var poll = fact.Poll is { } p
            ? new[] { ("for", p.For), ("against", p.Against), ("undecided", p.Undecided) }.Where(x => x.Item2 is not null).Select(x => $"{x.Item1} {x.Item2}")
            : [];
        var figures = string.Join(", ", poll.Concat(fact.Figures.Select(g => $"{g.Measure} {g.Value}")));
        var date = fact.Date is null ? string.Empty : $"{fact.Date.Display} = {fact.Date.Iso}";
        return $"`{fact.Id}` | {fact.Topic} | {Cell(fact.Label)} | {string.Join(", ", fact.EntityIds)} | {Cell(date)} | {Cell(figures)} | {Cell(fact.Statement)}";
    }

    private static IEnumerable<(string Id, string Columns, string Review)> ReviewedRows()
    {
        foreach (var line in Doc().Split('\n'))
        {
            var match = TableRow().Match(line.TrimEnd('\r'));
            if (match.Success)
            {
                yield return (match.Groups["id"].Value, match.Groups["columns"].Value, match.Groups["review"].Value);
            }
        }
    }

    private static string Doc()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Montenegro.Bot.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return File.ReadAllText(Path.Combine(directory.FullName, "docs", "extraction.md"));
    }

    [GeneratedRegex(@"^\| \d+ \| (?<columns>`(?<id>derived/[^`]+)` \|.*) \| (?<review>[^|]*?) \|$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\*\*Precision: (\d+) of (\d+) derived facts right")]
    private static partial Regex PrecisionLine();

    [GeneratedRegex(@"\*\*Recall: (\d+) of (\d+) curated facts derived")]
    private static partial Regex RecallLine();
}
