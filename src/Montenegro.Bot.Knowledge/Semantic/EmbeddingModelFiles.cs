namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>
/// A model prepared for shipping: its ONNX file with the weights stored as 16-bit floats (half the size
/// of the package assembly, 45 MB instead of 90 MB) and its vocabulary, as two plain files. A
/// <see cref="SentenceEmbedder"/> prefers these to the package assembly when both are in its model folder.
/// </summary>
public static class EmbeddingModelFiles
{
    /// <summary>The metadata property of a prepared model that names the package version it came from.</summary>
    public const string PackageVersionProperty = "montenegro_bot.package_version";

    /// <summary>The prepared ONNX file's name, e.g. <c>snowflake-arctic-embed-xs.f16.onnx</c>.</summary>
    public static string ModelFileName(EmbeddingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return $"{model.Id}.f16.onnx";
    }

    /// <summary>The prepared vocabulary's name, e.g. <c>snowflake-arctic-embed-xs.vocab.txt</c>.</summary>
    public static string VocabularyFileName(EmbeddingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return $"{model.Id}.vocab.txt";
    }

    /// <summary>
    /// Writes the prepared files of <paramref name="model"/>, read from its package assembly in
    /// <paramref name="packageDirectory"/>, into <paramref name="outputDirectory"/>. Each file is written
    /// under a temporary name and renamed, so a reader never sees half of one.
    /// </summary>
    /// <exception cref="EmbeddingModelLoadException">The package assembly is missing or unreadable.</exception>
    public static void Prepare(EmbeddingModel model, string packageDirectory, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(model);
        var package = ModelPackage.Open(model, packageDirectory, preferPrepared: false);
        var converted = HalfPrecisionModel.Convert(
            package.ReadModel(),
            new Dictionary<string, string> { [PackageVersionProperty] = package.Version ?? "unknown" });

        Directory.CreateDirectory(outputDirectory);
        WriteAtomically(Path.Combine(outputDirectory, VocabularyFileName(model)), System.Text.Encoding.UTF8.GetBytes(package.Vocabulary));
        WriteAtomically(Path.Combine(outputDirectory, ModelFileName(model)), converted);
    }

    private static void WriteAtomically(string path, byte[] content)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            UnpackedModel.Discard(temporary);
        }
    }
}
