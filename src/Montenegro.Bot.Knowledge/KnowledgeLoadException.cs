namespace Montenegro.Bot.Knowledge;

/// <summary>The data could not be loaded; the message names the file and, where it can, the line.</summary>
public sealed class KnowledgeLoadException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> at <paramref name="line"/> (0 when not known).</summary>
    public KnowledgeLoadException(string file, int line, string problem, Exception? inner = null)
        : base(line > 0 ? $"{file}, line {line}: {problem}" : $"{file}: {problem}", inner)
    {
        File = file;
        Line = line;
    }

    /// <summary>The file that could not be loaded.</summary>
    public string File { get; }

    /// <summary>The 1-based line of the problem, or 0 when it concerns the whole file.</summary>
    public int Line { get; }
}
