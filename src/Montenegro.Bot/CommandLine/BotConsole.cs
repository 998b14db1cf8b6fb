using System.Text;

namespace Montenegro.Bot.CommandLine;

/// <summary>Where the command line reads and writes, and whether a person is at the other end.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output: answers only.</param>
/// <param name="Error">Standard error: problems and logs.</param>
/// <param name="InputIsTerminal">Whether standard input is a terminal (nothing piped in).</param>
/// <param name="OutputIsTerminal">Whether standard output is a terminal (so ANSI bold may be used).</param>
public sealed record BotConsole(TextReader In, TextWriter Out, TextWriter Error, bool InputIsTerminal, bool OutputIsTerminal)
{
    /// <summary>
    /// The process's own console. Standard input is read as UTF-8 bytes whatever the locale says, and as a stream
    /// rather than through <see cref="Console.In"/>, whose block reads wait for a full buffer at a terminal (the
    /// terminal's own line editing still applies).
    /// </summary>
    public static BotConsole System()
    {
        var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 12);
        return new BotConsole(input, Console.Out, Console.Error, !Console.IsInputRedirected, !Console.IsOutputRedirected);
    }
}
