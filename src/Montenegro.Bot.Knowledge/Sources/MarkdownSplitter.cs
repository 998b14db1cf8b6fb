using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>
/// Cuts a Markdown source into passages with Markdig: headings open sections, and paragraphs, lists
/// (with a paragraph ending in a colon that introduces them) and pipe-table rows become passages, as
/// they do in plain-text sources. A single top-level <c># Title</c> names the document rather than
/// opening a section, like a wiki <c>= Title =</c>. Code, raw HTML and front matter are not prose and
/// are left out.
/// </summary>
public static class MarkdownSplitter
{
    // Thread-safe once built: one pipeline serves every load.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .Build();

    /// <summary>Splits Markdown <paramref name="text"/> of source <paramref name="sourceId"/> into passages in reading order.</summary>
    public static IReadOnlyList<Passage> Split(string sourceId, string text) => Parse(sourceId, text).Passages;

    /// <summary>Splits the text and names it after its first heading.</summary>
    internal static ParsedSource Parse(string sourceId, string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        var headings = document.Descendants<HeadingBlock>().ToList();
        var titleHeading = headings.Count > 0 && headings[0].Level == 1 && headings.Count(h => h.Level == 1) == 1 ? headings[0] : null;
        var topLevel = headings.Where(h => h != titleHeading).Select(h => h.Level).DefaultIfEmpty(1).Min();
        var title = headings.Select(h => InlineText(h.Inline)).FirstOrDefault(t => t.Length > 0);

        var walker = new Walker(new PassageBuilder(sourceId), titleHeading, topLevel);
        walker.Walk(document, depth: 0);
        return new ParsedSource(title, walker.Builder.Finish());
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        AppendInline(sb, inline, depth: 0);
        return SourceText.Collapse(sb.ToString());
    }

    private static void AppendInline(StringBuilder sb, Inline inline, int depth)
    {
        SourceText.CheckNesting(depth, inline.Line + 1);
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;

            // An image's alt text describes a picture the reader cannot see; raw HTML tags are not text.
            case LinkInline { IsImage: true }:
            case HtmlInline:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendInline(sb, child, depth + 1);
                }

                break;
        }
    }

    private sealed class Walker(PassageBuilder builder, HeadingBlock? titleHeading, int topLevel)
    {
        public PassageBuilder Builder => builder;

        public void Walk(ContainerBlock container, int depth)
        {
            SourceText.CheckNesting(depth, container.Line + 1);
            foreach (var block in container)
            {
                switch (block)
                {
                    case HeadingBlock heading:
                        AddHeading(heading);
                        break;
                    case ParagraphBlock paragraph:
                        var text = InlineText(paragraph.Inline);
                        if (text.Length > 0)
                        {
                            builder.AddParagraph(text, paragraph.Line + 1, mayIntroduceList: true);
                        }

                        break;
                    case ListBlock list:
                        var items = new List<string>();
                        CollectItems(list, items, depth + 1);
                        if (items.Count > 0)
                        {
                            builder.AddList(intro: null, items, list.Line + 1);
                        }

                        break;
                    case Table table:
                        AddTable(table);
                        break;

                    // Front matter is metadata, code is not prose, raw HTML is markup: none of it answers questions.
                    case YamlFrontMatterBlock or CodeBlock or HtmlBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                        break;
                    case ContainerBlock nested:
                        Walk(nested, depth + 1);
                        break;
                    case LeafBlock leaf when leaf.Inline is not null:
                        var leafText = InlineText(leaf.Inline);
                        if (leafText.Length > 0)
                        {
                            builder.AddParagraph(leafText, leaf.Line + 1, mayIntroduceList: true);
                        }

                        break;
                }
            }
        }

        private void AddHeading(HeadingBlock heading)
        {
            var text = InlineText(heading.Inline);
            if (heading == titleHeading || text.Length == 0)
            {
                return;
            }

            builder.SetHeading(Math.Max(0, heading.Level - topLevel), text);
        }

        // An item's own text is one entry; the items of a list nested in it follow as entries of their own.
        private static void CollectItems(ListBlock list, List<string> items, int depth)
        {
            SourceText.CheckNesting(depth, list.Line + 1);
            foreach (var item in list.OfType<ListItemBlock>())
            {
                var own = new List<string>();
                var nested = new List<string>();
                foreach (var block in item)
                {
                    if (block is ListBlock inner)
                    {
                        CollectItems(inner, nested, depth + 1);
                    }
                    else
                    {
                        own.Add(BlockText(block, depth + 1));
                    }
                }

                var text = SourceText.Collapse(string.Join(" ", own));
                if (text.Length > 0)
                {
                    items.Add(text);
                }

                items.AddRange(nested);
            }
        }

        private static string BlockText(Block block, int depth)
        {
            SourceText.CheckNesting(depth, block.Line + 1);
            return block switch
            {
                CodeBlock or HtmlBlock => string.Empty,
                LeafBlock leaf => InlineText(leaf.Inline),
                ContainerBlock container => string.Join(" ", container.Select(b => BlockText(b, depth + 1))),
                _ => string.Empty,
            };
        }

        private void AddTable(Table table)
        {
            var rows = table.OfType<TableRow>().ToList();
            var header = rows.FirstOrDefault(r => r.IsHeader);
            builder.BeginTable(header is null ? [] : Cells(header));
            foreach (var row in rows.Where(r => !r.IsHeader))
            {
                builder.AddTableRow(Cells(row), row.Line + 1);
            }

            builder.EndTable();
        }

        private static string[] Cells(TableRow row) =>
            row.OfType<TableCell>().Select(cell => SourceText.Collapse(BlockText(cell, depth: 0))).ToArray();
    }
}
