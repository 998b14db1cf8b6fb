using System.Text.RegularExpressions;

namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>
/// Cuts a plain-text source into passages: paragraphs, lists (with the line that introduces them) and
/// table rows, each under its heading path. It understands wiki-style markup (<c>== Heading ==</c>,
/// <c>| cell |</c> tables, <c>- item</c> lists, an infobox) and the bare extract style, where a heading
/// is a short line without sentence punctuation and a list is a run of short lines after a line that
/// ends with a colon.
/// </summary>
public static partial class PassageSplitter
{
    private const int MaxShortLineLength = 60;

    private static readonly HashSet<string> NavigationHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "See also", "References", "External links", "Further reading", "Notes", "Infobox",
    };

    /// <summary>Splits <paramref name="text"/> of source <paramref name="sourceId"/> into passages in reading order.</summary>
    public static IReadOnlyList<Passage> Split(string sourceId, string text)
    {
        var state = new SplitState(sourceId);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            state.Accept(lines[i], i + 1);
        }

        state.Flush();
        return state.Passages;
    }

    [GeneratedRegex(@"^(=+)\s*(.*?)\s*\1$")]
    private static partial Regex MarkupHeading();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex HtmlTag();

    private static bool IsShort(string trimmed) =>
        trimmed.Length <= MaxShortLineLength && !trimmed.EndsWith('.') && !trimmed.EndsWith('!') && !trimmed.EndsWith('?')
        && !trimmed.EndsWith(':');

    private static string[] Cells(string trimmed)
    {
        var inner = trimmed.Trim().Trim('|');
        return inner.Split('|').Select(c => HtmlTag().Replace(c, string.Empty).Trim()).ToArray();
    }

    private sealed class SplitState(string sourceId)
    {
        private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
        private readonly List<string> _headings = [];
        private bool _navigation;

        // The open list, if any.
        private string? _listIntro;
        private List<string>? _listItems;
        private int _listLine;
        private int _blanksInList;

        // The open table, if any.
        private string[]? _tableHeaders;
        private string? _tableGroup;

        private bool _lastWasHeading;

        public List<Passage> Passages { get; } = [];

        public void Accept(string line, int lineNumber)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                AcceptBlank();
                return;
            }

            if (!trimmed.StartsWith('|'))
            {
                _tableHeaders = null;
                _tableGroup = null;
            }

            var heading = MarkupHeading().Match(trimmed);
            if (heading.Success)
            {
                Flush();
                var level = heading.Groups[1].Length;
                if (level >= 2)
                {
                    SetHeading(level - 2, heading.Groups[2].Value);
                }

                // A level-1 "= Title =" is the document's title, already in the metadata.
                _lastWasHeading = level >= 2;
                return;
            }

            if (trimmed.Equals("Infobox", StringComparison.OrdinalIgnoreCase))
            {
                Flush();
                SetHeading(0, "Infobox");
                _lastWasHeading = true;
                return;
            }

            if (trimmed.StartsWith('|'))
            {
                FlushList();
                AcceptTableRow(trimmed, lineNumber);
                _lastWasHeading = false;
                return;
            }

            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-")
            {
                OpenListIfNone(intro: null, lineNumber);
                _listItems!.Add(trimmed[1..].Trim());
                _blanksInList = 0;
                _lastWasHeading = false;
                return;
            }

            AcceptPlainLine(trimmed, lineNumber);
        }

        private void AcceptBlank()
        {
            _lastWasHeading = false;
            if (_listItems is null)
            {
                return;
            }

            _blanksInList++;

            // One blank may separate an introducing line from its items; a blank after items ends the list.
            if (_listItems.Count > 0 || _blanksInList > 1)
            {
                FlushList();

                // An infobox is only its key/value list: the text after it belongs to the lead again.
                if (_headings.Count == 1 && _headings[0].Equals("Infobox", StringComparison.OrdinalIgnoreCase))
                {
                    _headings.Clear();
                }
            }
        }

        private void AcceptPlainLine(string trimmed, int lineNumber)
        {
            if (_listItems is not null && IsShort(trimmed))
            {
                _listItems.Add(trimmed);
                _blanksInList = 0;
                _lastWasHeading = false;
                return;
            }

            if (trimmed.EndsWith(':'))
            {
                Flush();
                OpenListIfNone(trimmed, lineNumber);
                _lastWasHeading = false;
                return;
            }

            if (IsShort(trimmed))
            {
                if (_lastWasHeading)
                {
                    // Short lines right under a heading ("See also" and its entries) form a list.
                    OpenListIfNone(intro: null, lineNumber);
                    _listItems!.Add(trimmed);
                    _lastWasHeading = false;
                    return;
                }

                Flush();
                SetHeading(0, trimmed);
                _lastWasHeading = true;
                return;
            }

            Flush();
            Add(PassageKind.Paragraph, trimmed, lineNumber, [], []);
            _lastWasHeading = false;
        }

        private void AcceptTableRow(string trimmed, int lineNumber)
        {
            var cells = Cells(trimmed);
            if (_tableHeaders is null)
            {
                _tableHeaders = cells;
                return;
            }

            // "| Ratification by: | |" labels the rows that follow it rather than being data.
            if (cells.Length > 0 && cells[0].EndsWith(':') && cells.Skip(1).All(c => c.Length == 0))
            {
                _tableGroup = cells[0].TrimEnd(':').Trim();
                return;
            }

            if (cells.Length > 0 && cells[0].Length > 0)
            {
                _tableGroup = null;
            }

            var parts = new List<string>(cells.Length);
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c].Length == 0)
                {
                    continue;
                }

                var header = c < _tableHeaders.Length ? _tableHeaders[c] : $"Column {c + 1}";
                parts.Add($"{header}: {cells[c]}");
            }

            var text = string.Join("; ", parts);
            if (_tableGroup is not null)
            {
                text = $"{_tableGroup}: {text}";
            }

            Add(PassageKind.TableRow, text, lineNumber, cells, _tableHeaders);
        }

        private void OpenListIfNone(string? intro, int lineNumber)
        {
            if (_listItems is not null)
            {
                return;
            }

            _listIntro = intro;
            _listItems = [];
            _listLine = lineNumber;
            _blanksInList = 0;
        }

        public void Flush() => FlushList();

        private void FlushList()
        {
            if (_listItems is null)
            {
                return;
            }

            var intro = _listIntro ?? (_headings.Count > 0 ? _headings[^1] + ":" : string.Empty);
            var text = _listItems.Count == 0 ? intro : $"{intro} {string.Join(", ", _listItems)}.".Trim();
            Add(PassageKind.List, text, _listLine, _listItems.ToArray(), []);
            _listItems = null;
            _listIntro = null;
        }

        private void SetHeading(int depth, string text)
        {
            while (_headings.Count > depth)
            {
                _headings.RemoveAt(_headings.Count - 1);
            }

            _headings.Add(text);

            // Trailing matter ("See also", references, links, and the navigation boxes that follow them
            // in bare extracts) runs to the end of the document and never answers questions.
            if (NavigationHeadings.Contains(text) && !text.Equals("Infobox", StringComparison.OrdinalIgnoreCase))
            {
                _navigation = true;
            }
        }

        private void Add(PassageKind kind, string text, int line, IReadOnlyList<string> items, IReadOnlyList<string> headers)
        {
            var inInfobox = _headings.Count > 0 && _headings[0].Equals("Infobox", StringComparison.OrdinalIgnoreCase);
            if (_navigation || inInfobox)
            {
                kind = PassageKind.Navigation;
            }

            var section = _headings.Count == 0 ? "lead" : string.Join('/', _headings.Select(Slug.From));
            var ordinal = _ordinals.TryGetValue(section, out var n) ? n + 1 : 1;
            _ordinals[section] = ordinal;
            Passages.Add(new Passage($"{sourceId}/{section}/{ordinal}", sourceId, _headings.ToArray(), kind, text, line, items, headers));
        }
    }
}
