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
    /// <summary>The process's own console. Piped input is read as UTF-8 whatever the locale says.</summary>
    public static BotConsole System()
    {
        var inputIsTerminal = !Console.IsInputRedirected;
        var input = inputIsTerminal
            ? Console.In
            : new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        return new BotConsole(input, Console.Out, Console.Error, inputIsTerminal, !Console.IsOutputRedirected);
    }
}
