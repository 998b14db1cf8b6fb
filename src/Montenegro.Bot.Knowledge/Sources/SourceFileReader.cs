using System.Text;
using System.Text.Unicode;

namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>
/// Reads one source file and cuts it into passages by its format. Text is decoded leniently (UTF-8 unless a
/// byte-order mark says otherwise; an HTML page without one may name its charset); a file that is not text
/// at all, or that a splitter cannot handle, throws <see cref="SourceFormatException"/>.
/// </summary>
internal static class SourceFileReader
{
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads <paramref name="path"/> as source <paramref name="sourceId"/>; <paramref name="warning"/> notes bytes that were not valid UTF-8.</summary>
    public static ParsedSource Read(string sourceId, string path, SourceFormat format, out SourceProblem? warning)
    {
        warning = null;
        var bytes = File.ReadAllBytes(path);
        var (encoding, preamble) = Detect(bytes);
        var text = encoding.GetString(bytes, preamble, bytes.Length - preamble);
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new SourceFormatException(LineAt(text, nul), "the file is not text (it contains NUL characters: a binary file, or UTF-16 without a byte-order mark?)");
        }

        var valid = preamble > 0 || Utf8.IsValid(bytes);
        if (format == SourceFormat.Html && !valid)
        {
            // Not UTF-8: the page's own <meta charset> (or the HTML default) decides, as a browser would.
            using var stream = new MemoryStream(bytes, writable: false);
            var page = HtmlSplitter.Parse(sourceId, stream);
            if (page.Passages.FirstOrDefault(p => p.Text.Contains('\uFFFD', StringComparison.Ordinal)) is { } garbled)
            {
                warning = new SourceProblem(path, garbled.Line, "the page is not valid UTF-8 and names no other charset; the bytes that are not were replaced (save it as UTF-8 or add <meta charset>)");
            }

            return page;
        }

        if (!valid)
        {
            warning = new SourceProblem(path, LineAt(text, text.IndexOf('\uFFFD', StringComparison.Ordinal)), "the file is not valid UTF-8; the bytes that are not were replaced (save it as UTF-8)");
        }

        return format switch
        {
            SourceFormat.Markdown => MarkdownSplitter.Parse(sourceId, text),
            SourceFormat.Html => HtmlSplitter.Parse(sourceId, text),
            _ => PassageSplitter.Parse(sourceId, text),
        };
    }

    private static (Encoding Encoding, int Preamble) Detect(byte[] bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (LenientUtf8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (LenientUtf8, 0),
    };

    private static int LineAt(string text, int index) => index < 0 ? 0 : text.AsSpan(0, index).Count('\n') + 1;
}
