namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>A source file's content cannot be turned into passages; the loader skips the file and logs this.</summary>
internal sealed class SourceFormatException(int line, string problem) : Exception(problem)
{
    /// <summary>The 1-based line of the problem, or 0 when it concerns the whole file.</summary>
    public int Line { get; } = line;
}
