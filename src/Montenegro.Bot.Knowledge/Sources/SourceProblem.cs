namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>Something wrong with one source file that the loader reports and works around.</summary>
/// <param name="File">The file concerned, as the data path names it.</param>
/// <param name="Line">The 1-based line, or 0 when it concerns the whole file.</param>
/// <param name="Problem">What is wrong, as a sentence fragment without a final stop.</param>
internal sealed record SourceProblem(string File, int Line, string Problem)
{
    /// <summary>"file, line n" or "file", as load errors name places.</summary>
    public string Location => Line > 0 ? $"{File}, line {Line}" : File;
}
