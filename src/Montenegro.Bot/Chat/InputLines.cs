using System.Runtime.CompilerServices;
using System.Text;

namespace Montenegro.Bot.Chat;

/// <summary>
/// Reads questions one a line, the way <c>ask</c>'s batch, <c>ask --conversation</c> and the console chat take them: a
/// line ends at LF, and CRLF counts as LF; a bare CR, U+2028 or U+2029 inside a line is whitespace, never a line end, so
/// output pairs one to one with the input's lines. Empty lines are yielded too (in a conversation they start a new one).
/// </summary>
public static class InputLines
{
    /// <summary>Longest line kept; the rest of a longer line is read and dropped (the engine reads far less anyway).</summary>
    public const int MaxLineLength = 1 << 20;

    private const int ChunkSize = 8192;

    /// <summary>The lines of <paramref name="input"/>, without their line ends, as they arrive.</summary>
    /// <param name="input">The text to read; not closed.</param>
    /// <param name="cancellationToken">Stops reading between chunks.</param>
    public static async IAsyncEnumerable<string> ReadAsync(TextReader input, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var line = new StringBuilder();
        var buffer = new char[ChunkSize];
        var pendingCarriageReturn = false;
        int read;
        while ((read = await input.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (pendingCarriageReturn)
                {
                    pendingCarriageReturn = false;
                    if (c != '\n')
                    {
                        Append(line, ' ');
                    }
                }

                switch (c)
                {
                    case '\n':
                        yield return line.ToString();
                        line.Clear();
                        break;
                    case '\r':
                        // A line end only when LF follows (CRLF); decided with the next character, which may be in the next chunk.
                        pendingCarriageReturn = true;
                        break;
                    case '\u2028' or '\u2029':
                        Append(line, ' ');
                        break;
                    default:
                        Append(line, c);
                        break;
                }
            }
        }

        if (pendingCarriageReturn)
        {
            Append(line, ' ');
        }

        // The last line needs no line end; a final line end does not start another, empty, line.
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    /// <summary>The lines of <paramref name="text"/>, read as <see cref="ReadAsync"/> reads a stream.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return ReadAsync(reader).ToBlockingEnumerable().ToList();
    }

    private static void Append(StringBuilder line, char c)
    {
        if (line.Length < MaxLineLength)
        {
            line.Append(c);
        }
    }
}
