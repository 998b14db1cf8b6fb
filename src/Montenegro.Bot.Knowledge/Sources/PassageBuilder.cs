namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>
/// What every source format shares once its structure is known: the heading path, the stable passage
/// ids (source, section slugs, ordinal), the text of lists and table rows, and which sections are
/// navigation. The plain-text, Markdown and HTML splitters feed it headings, paragraphs, lists and
/// table rows, so a passage reads and is cited the same way whatever file it came from.
/// </summary>
internal sealed class PassageBuilder(string sourceId)
{
    private const string InfoboxHeading = "Infobox";

    private static readonly HashSet<string> NavigationHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "See also", "References", "External links", "Further reading", "Notes", InfoboxHeading,
    };

    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
    private readonly List<string> _headings = [];
    private bool _navigation;

    // A paragraph ending with a colon, held back in case a list follows that it introduces.
    private string? _heldIntro;
    private int _heldIntroLine;

    // The open table, if any.
    private IReadOnlyList<string>? _tableHeaders;
    private string? _tableGroup;

    /// <summary>The passages so far, in reading order.</summary>
    public List<Passage> Passages { get; } = [];

    /// <summary>The current heading path, outermost first.</summary>
    public IReadOnlyList<string> Headings => _headings;

    /// <summary>Whether the text now belongs to an infobox (key/value matter, never used to answer).</summary>
    public bool InInfobox => _headings.Count > 0 && _headings[0].Equals(InfoboxHeading, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a table is open, i.e. its header row has been seen.</summary>
    public bool InTable => _tableHeaders is not null;

    /// <summary>Puts <paramref name="text"/> at <paramref name="depth"/> (0 = top level) of the heading path, closing deeper sections.</summary>
    public void SetHeading(int depth, string text)
    {
        ReleaseIntro();
        while (_headings.Count > depth)
        {
            _headings.RemoveAt(_headings.Count - 1);
        }

        _headings.Add(text);

        // Trailing matter ("See also", references, links, and the navigation boxes that follow them
        // in bare extracts) runs to the end of the document and never answers questions.
        if (NavigationHeadings.Contains(text) && !text.Equals(InfoboxHeading, StringComparison.OrdinalIgnoreCase))
        {
            _navigation = true;
        }
    }

    /// <summary>Returns to the lead: the text that follows sits under no heading.</summary>
    public void ClearHeadings()
    {
        ReleaseIntro();
        _headings.Clear();
    }

    /// <summary>Adds a paragraph. With <paramref name="mayIntroduceList"/>, one that ends with a colon waits to see whether a list follows it.</summary>
    public void AddParagraph(string text, int line, bool mayIntroduceList = false)
    {
        ReleaseIntro();
        if (mayIntroduceList && text.EndsWith(':'))
        {
            _heldIntro = text;
            _heldIntroLine = line;
            return;
        }

        Add(PassageKind.Paragraph, text, line, [], []);
    }

    /// <summary>Adds a list; without an <paramref name="intro"/> it takes a held paragraph ending with a colon, else the section heading.</summary>
    public void AddList(string? intro, IReadOnlyList<string> items, int line)
    {
        if (intro is null && _heldIntro is not null)
        {
            intro = _heldIntro;
            line = _heldIntroLine;
        }

        _heldIntro = null;
        intro ??= _headings.Count > 0 ? _headings[^1] + ":" : string.Empty;
        Add(PassageKind.List, ListText(intro, items), line, items.ToArray(), []);
    }

    /// <summary>Opens a table with its column headers; the rows that follow are read against them.</summary>
    public void BeginTable(IReadOnlyList<string> headers)
    {
        ReleaseIntro();
        _tableHeaders = headers;
        _tableGroup = null;
    }

    /// <summary>Closes the open table.</summary>
    public void EndTable()
    {
        _tableHeaders = null;
        _tableGroup = null;
    }

    /// <summary>Adds one row of the open table as a passage reading "Header: value; ...".</summary>
    public void AddTableRow(IReadOnlyList<string> cells, int line)
    {
        var headers = _tableHeaders ?? [];

        // "| Ratification by: | |" labels the rows that follow it rather than being data.
        if (cells.Count > 0 && cells[0].EndsWith(':') && cells.Skip(1).All(c => c.Length == 0))
        {
            _tableGroup = cells[0].TrimEnd(':').Trim();
            return;
        }

        if (cells.Count > 0 && cells[0].Length > 0)
        {
            _tableGroup = null;
        }

        var parts = new List<string>(cells.Count);
        for (var c = 0; c < cells.Count; c++)
        {
            if (cells[c].Length == 0)
            {
                continue;
            }

            var header = c < headers.Count && headers[c].Length > 0 ? headers[c] : $"Column {c + 1}";
            parts.Add($"{header}: {cells[c]}");
        }

        if (parts.Count == 0)
        {
            return;
        }

        var text = string.Join("; ", parts);
        if (_tableGroup is not null)
        {
            text = $"{_tableGroup}: {text}";
        }

        Add(PassageKind.TableRow, text, line, cells.ToArray(), headers);
    }

    /// <summary>Ends the document: a paragraph still held as a possible list intro becomes a paragraph.</summary>
    public List<Passage> Finish()
    {
        ReleaseIntro();
        return Passages;
    }

    // Short items read as one sentence ("Members: A, B, C."); items that are sentences themselves keep their own stops.
    private static string ListText(string intro, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return intro;
        }

        if (!items.Any(EndsSentence))
        {
            return $"{intro} {string.Join(", ", items)}.".Trim();
        }

        return $"{intro} {string.Join(" ", items.Select(i => EndsSentence(i) ? i : i + "."))}".Trim();
    }

    private static bool EndsSentence(string text) => text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('?');

    private void ReleaseIntro()
    {
        if (_heldIntro is null)
        {
            return;
        }

        var intro = _heldIntro;
        _heldIntro = null;
        Add(PassageKind.Paragraph, intro, _heldIntroLine, [], []);
    }

    private void Add(PassageKind kind, string text, int line, IReadOnlyList<string> items, IReadOnlyList<string> headers)
    {
        if (_navigation || InInfobox)
        {
            kind = PassageKind.Navigation;
        }

        var section = _headings.Count == 0 ? "lead" : string.Join('/', _headings.Select(Slug.From));
        var ordinal = _ordinals.TryGetValue(section, out var n) ? n + 1 : 1;
        _ordinals[section] = ordinal;
        Passages.Add(new Passage($"{sourceId}/{section}/{ordinal}", sourceId, _headings.ToArray(), kind, text, line, items, headers));
    }
}
