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

    /// <summary>Splits <paramref name="text"/> of source <paramref name="sourceId"/> into passages in reading order.</summary>
    public static IReadOnlyList<Passage> Split(string sourceId, string text) => Parse(sourceId, text).Passages;

    /// <summary>Splits the text and names it after its level-1 <c>= Title =</c>, else its first heading.</summary>
    internal static ParsedSource Parse(string sourceId, string text)
    {
        var state = new SplitState(sourceId);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            state.Accept(lines[i], i + 1);
        }

        state.Flush();
        return new ParsedSource(state.Title, state.Passages);
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
        private readonly PassageBuilder _builder = new(sourceId);

        // The open list, if any.
        private string? _listIntro;
        private List<string>? _listItems;
        private int _listLine;
        private int _blanksInList;

        private bool _lastWasHeading;

        /// <summary>The level-1 "= Title =" heading, else the first section heading: what an unlisted file is called.</summary>
        public string? Title { get; private set; }

        public List<Passage> Passages => _builder.Passages;

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
                _builder.EndTable();
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
                else if (Title is null && heading.Groups[2].Value.Length > 0)
                {
                    Title = heading.Groups[2].Value;
                }

                // A level-1 "= Title =" is the document's title, already in the metadata.
                _lastWasHeading = level >= 2;
                return;
            }

            if (trimmed.Equals("Infobox", StringComparison.OrdinalIgnoreCase))
            {
                Flush();
                _builder.SetHeading(0, "Infobox");
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
                if (_builder.Headings.Count == 1 && _builder.InInfobox)
                {
                    _builder.ClearHeadings();
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
            _builder.AddParagraph(trimmed, lineNumber);
            _lastWasHeading = false;
        }

        private void AcceptTableRow(string trimmed, int lineNumber)
        {
            var cells = Cells(trimmed);
            if (!_builder.InTable)
            {
                _builder.BeginTable(cells);
                return;
            }

            _builder.AddTableRow(cells, lineNumber);
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

            _builder.AddList(_listIntro, _listItems, _listLine);
            _listItems = null;
            _listIntro = null;
        }

        private void SetHeading(int depth, string text)
        {
            Title ??= text;
            _builder.SetHeading(depth, text);
        }
    }
}
