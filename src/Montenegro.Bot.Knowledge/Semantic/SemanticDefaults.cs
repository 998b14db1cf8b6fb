namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>Defaults shared by the semantic retrieval parts.</summary>
public static class SemanticDefaults
{
    /// <summary>
    /// Where the unpacked model and the passage vectors are cached unless configured otherwise:
    /// <c>montenegro-bot</c> under the system's temporary folder.
    /// </summary>
    public static string CacheDirectory => Path.Combine(Path.GetTempPath(), "montenegro-bot");
}
