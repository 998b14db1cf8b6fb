using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>
/// Cuts an HTML source into passages with AngleSharp, keeping only the page's main text: the
/// <c>&lt;main&gt;</c> element, else the first <c>&lt;article&gt;</c>, else the body, without navigation,
/// page headers and footers, asides, scripts, styles, forms, hidden elements and code listings.
/// <c>h1</c>–<c>h6</c> open sections; paragraphs, lists and table rows become passages as they do in
/// plain-text sources. A single <c>h1</c> that comes first names the document rather than opening a
/// section, like a wiki <c>= Title =</c>.
/// </summary>
public static class HtmlSplitter
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.Ordinal)
    {
        "nav", "footer", "aside", "script", "style", "form", "noscript", "template", "iframe", "object", "embed",
        "svg", "math", "canvas", "button", "select", "textarea", "input", "dialog", "audio", "video", "map",
        "pre", "head", "title", "link", "meta",
    };

    // Landmarks that mark navigation or page furniture whatever element carries them.
    private static readonly HashSet<string> DroppedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search",
    };

    // Boilerplate of saved wiki pages: "[edit]" links, footnote marks, navigation boxes, print-hidden matter.
    private static readonly string[] DroppedClasses = ["mw-editsection", "reference", "navbox", "noprint"];

    private static readonly HashSet<string> InlineTags = new(StringComparer.Ordinal)
    {
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "img", "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike",
        "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    };

    private static readonly HashSet<string> HeadingTags = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    // Blocks inside a table cell that show the table lays out a page rather than holding data.
    private static readonly HashSet<string> LayoutBlocks = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "section", "article",
    };

    /// <summary>Splits the HTML <paramref name="html"/> of source <paramref name="sourceId"/> into passages in reading order.</summary>
    public static IReadOnlyList<Passage> Split(string sourceId, string html) => Parse(sourceId, html).Passages;

    /// <summary>Splits a page given as text and names it after its first heading, else its <c>&lt;title&gt;</c>.</summary>
    internal static ParsedSource Parse(string sourceId, string html)
    {
        using var document = NewParser().ParseDocument(html);
        return FromDocument(sourceId, document);
    }

    /// <summary>Splits a page given as bytes, letting the parser pick the encoding from a byte-order mark or a <c>&lt;meta charset&gt;</c>.</summary>
    internal static ParsedSource Parse(string sourceId, Stream html)
    {
        using var document = NewParser().ParseDocument(html);
        return FromDocument(sourceId, document);
    }

    private static HtmlParser NewParser() => new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    private static ParsedSource FromDocument(string sourceId, IHtmlDocument document)
    {
        var root = document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.QuerySelector("article") ?? document.Body;
        var pieces = new List<Piece>();
        if (root is not null)
        {
            new Collector(pieces, keepHeaderHeadings: root.LocalName is "main" or "article" || root.GetAttribute("role") == "main").Walk(root, depth: 0);
        }

        var headings = pieces.OfType<HeadingPiece>().ToList();
        var titleHeading = headings.Count > 0 && headings[0].Level == 1 && headings.Count(h => h.Level == 1) == 1 ? headings[0] : null;
        var topLevel = headings.Where(h => h != titleHeading).Select(h => h.Level).DefaultIfEmpty(1).Min();
        var title = headings.FirstOrDefault()?.Text ?? NonEmpty(SourceText.Collapse(document.Title ?? string.Empty));

        var builder = new PassageBuilder(sourceId);
        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case HeadingPiece heading when heading != titleHeading:
                    builder.SetHeading(Math.Max(0, heading.Level - topLevel), heading.Text);
                    break;
                case ParagraphPiece paragraph:
                    builder.AddParagraph(paragraph.Text, paragraph.Line, mayIntroduceList: true);
                    break;
                case ListPiece list:
                    builder.AddList(intro: null, list.Items, list.Line);
                    break;
                case TablePiece table:
                    builder.BeginTable(table.Headers);
                    foreach (var (cells, line) in table.Rows)
                    {
                        builder.AddTableRow(cells, line);
                    }

                    builder.EndTable();
                    break;
            }
        }

        return new ParsedSource(title, builder.Finish());
    }

    private static string? NonEmpty(string text) => text.Length == 0 ? null : text;

    private static int LineOf(IElement element) => element.SourceReference?.Position.Line ?? 0;

    private static bool IsDropped(IElement element)
    {
        if (DroppedTags.Contains(element.LocalName) || element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || (element.GetAttribute("role") is { } role && DroppedRoles.Contains(role)))
        {
            return true;
        }

        if (element.GetAttribute("style") is { } style && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return DroppedClasses.Any(element.ClassList.Contains);
    }

    // The text of an element as a reader sees it, with blocks inside it separated by spaces.
    private static string InlineText(INode node, int depth, Func<IElement, bool>? skip = null)
    {
        var sb = new StringBuilder();
        AppendText(sb, node, depth, skip);
        return SourceText.Collapse(sb.ToString());
    }

    private static void AppendText(StringBuilder sb, INode node, int depth, Func<IElement, bool>? skip)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                sb.Append(text.Data);
            }
            else if (child is IElement element && !IsDropped(element) && (skip is null || !skip(element)))
            {
                SourceText.CheckNesting(depth + 1, LineOf(element));
                var block = !InlineTags.Contains(element.LocalName);
                if (block || element.LocalName == "br")
                {
                    sb.Append(' ');
                }

                AppendText(sb, element, depth + 1, skip);
                if (block)
                {
                    sb.Append(' ');
                }
            }
        }
    }

    private abstract record Piece;

    private sealed record HeadingPiece(int Level, string Text) : Piece;

    private sealed record ParagraphPiece(string Text, int Line) : Piece;

    private sealed record ListPiece(IReadOnlyList<string> Items, int Line) : Piece;

    private sealed record TablePiece(IReadOnlyList<string> Headers, IReadOnlyList<(IReadOnlyList<string> Cells, int Line)> Rows) : Piece;

    // Walks the main element in reading order and notes its headings, paragraphs, lists and tables.
    private sealed class Collector(List<Piece> pieces, bool keepHeaderHeadings)
    {
        private readonly StringBuilder _inline = new();
        private int _inlineLine;
        private bool _afterBreak;

        public void Walk(IElement container, int depth, bool headingsOnly = false)
        {
            SourceText.CheckNesting(depth, LineOf(container));
            foreach (var child in container.ChildNodes)
            {
                if (child is IText text)
                {
                    if (!headingsOnly)
                    {
                        AppendInline(text.Data, LineOf(container));
                        _afterBreak &= string.IsNullOrWhiteSpace(text.Data);
                    }

                    continue;
                }

                if (child is not IElement element || IsDropped(element))
                {
                    continue;
                }

                var tag = element.LocalName;
                if (HeadingTags.Contains(tag))
                {
                    FlushInline();
                    var heading = InlineText(element, depth + 1);
                    if (heading.Length > 0)
                    {
                        pieces.Add(new HeadingPiece(tag[1] - '0', heading));
                    }

                    continue;
                }

                if (headingsOnly)
                {
                    Walk(element, depth + 1, headingsOnly: true);
                    continue;
                }

                // Old pages separate paragraphs with <br><br> rather than <p>.
                if (tag == "br")
                {
                    if (_afterBreak)
                    {
                        FlushInline();
                    }

                    AppendInline(" ", LineOf(element));
                    _afterBreak = true;
                    continue;
                }

                _afterBreak = false;
                if (InlineTags.Contains(tag))
                {
                    // Its text joins the running paragraph; a <br><br> or a block inside it still splits it.
                    Walk(element, depth + 1);
                    continue;
                }

                FlushInline();
                switch (tag)
                {
                    // A page header is the site's masthead; an article's own header holds its title, which is kept.
                    case "header":
                        if (keepHeaderHeadings)
                        {
                            Walk(element, depth + 1, headingsOnly: true);
                        }

                        break;
                    case "p":
                        AddParagraph(InlineText(element, depth + 1), LineOf(element));
                        break;
                    case "ul" or "ol" or "menu":
                        AddList(ListItems(element, depth + 1), LineOf(element));
                        break;
                    case "dl":
                        AddList(DefinitionItems(element, depth + 1), LineOf(element));
                        break;
                    case "table" when element is IHtmlTableElement table && !IsLayout(table):
                        AddTable(table, depth + 1);
                        break;
                    case "hr":
                        break;
                    default:
                        Walk(element, depth + 1);
                        break;
                }
            }

            if (!InlineTags.Contains(container.LocalName))
            {
                FlushInline();
            }
        }

        private void AppendInline(string text, int line)
        {
            if (_inline.Length == 0 && string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            if (_inline.Length == 0)
            {
                _inlineLine = line;
            }

            _inline.Append(text);
        }

        // Text sitting directly in a container (a div without paragraphs) is a paragraph of its own.
        private void FlushInline()
        {
            if (_inline.Length == 0)
            {
                return;
            }

            AddParagraph(SourceText.Collapse(_inline.ToString()), _inlineLine);
            _inline.Clear();
        }

        private void AddParagraph(string text, int line)
        {
            if (text.Length > 0)
            {
                pieces.Add(new ParagraphPiece(text, line));
            }
        }

        private void AddList(List<string> items, int line)
        {
            if (items.Count > 0)
            {
                pieces.Add(new ListPiece(items, line));
            }
        }

        // An item's own text is one entry; the items of a list nested in it follow as entries of their own.
        private static List<string> ListItems(IElement list, int depth)
        {
            SourceText.CheckNesting(depth, LineOf(list));
            var items = new List<string>();
            foreach (var item in list.Children.Where(c => c.LocalName == "li" && !IsDropped(c)))
            {
                var own = InlineText(item, depth + 1, skip: e => e.LocalName is "ul" or "ol" or "menu");
                if (own.Length > 0)
                {
                    items.Add(own);
                }

                foreach (var nested in item.QuerySelectorAll("ul, ol, menu").Where(n => n.ParentElement?.Closest("ul, ol, menu") == list))
                {
                    items.AddRange(ListItems(nested, depth + 1));
                }
            }

            return items;
        }

        // "Term: description" for each term of a definition list.
        private static List<string> DefinitionItems(IElement list, int depth)
        {
            var items = new List<string>();
            string? term = null;
            var descriptions = new List<string>();
            foreach (var child in list.Children.Where(c => !IsDropped(c)))
            {
                if (child.LocalName == "dt")
                {
                    Add();
                    term = InlineText(child, depth + 1);
                }
                else if (child.LocalName == "dd")
                {
                    descriptions.Add(InlineText(child, depth + 1));
                }
            }

            Add();
            return items;

            void Add()
            {
                var description = string.Join("; ", descriptions.Where(d => d.Length > 0));
                var item = (term, description) switch
                {
                    ({ Length: > 0 }, { Length: > 0 }) => $"{term}: {description}",
                    ({ Length: > 0 }, _) => term,
                    _ => description,
                };
                if (item.Length > 0)
                {
                    items.Add(item);
                }

                term = null;
                descriptions.Clear();
            }
        }

        // Old pages lay out their text in tables; such a table is walked as containers, not read as data.
        private static bool IsLayout(IHtmlTableElement table) =>
            table.Rows.SelectMany(r => r.Cells).Any(cell => cell.Children.Any(c => LayoutBlocks.Contains(c.LocalName)));

        private void AddTable(IHtmlTableElement table, int depth)
        {
            var rows = table.Rows.Where(r => !IsDropped(r)).ToList();
            IReadOnlyList<string> headers = [];
            if (rows.Count > 0 && (rows[0].ParentElement?.LocalName == "thead" || rows[0].Cells.All(c => c.LocalName == "th")))
            {
                headers = rows[0].Cells.Select(c => InlineText(c, depth + 1)).ToArray();
                rows.RemoveAt(0);
            }

            var data = rows.Select(r => ((IReadOnlyList<string>)r.Cells.Select(c => InlineText(c, depth + 1)).ToArray(), LineOf(r))).ToList();
            pieces.Add(new TablePiece(headers, data));
        }
    }
}
