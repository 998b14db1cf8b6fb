using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>
/// Where a model's ONNX bytes lie, and its vocabulary: either the prepared files of
/// <see cref="EmbeddingModelFiles"/>, or the package assembly with its embedded <c>model.onnx</c> and
/// <c>vocab.txt</c>.
/// </summary>
/// <remarks>
/// The assembly is not loaded: a loaded assembly stays memory-mapped for the life of the process (in
/// practice even in a collectible load context), and the ~90 MB of model pages read through
/// <c>GetManifestResourceStream</c> would then count in the resident memory for good (measured: +88 MB,
/// see README.md). Instead its manifest resource table is read with System.Reflection.Metadata, and the
/// resources with ordinary file reads at the offsets the table gives. None of its code runs.
/// </remarks>
/// <param name="SourcePath">The package assembly, or the prepared ONNX file.</param>
/// <param name="ModelOffset">Where the ONNX bytes start in the file.</param>
/// <param name="ModelLength">How many ONNX bytes there are.</param>
/// <param name="Vocabulary">The WordPiece vocabulary, one token a line.</param>
/// <param name="Version">The assembly's version; null for prepared files, whose model carries it.</param>
/// <param name="IsPrepared">Whether these are prepared files (a whole ONNX file, already converted).</param>
internal sealed record ModelPackage(string SourcePath, long ModelOffset, int ModelLength, string Vocabulary, string? Version, bool IsPrepared)
{
    private const string ModelFile = "model.onnx";
    private const string VocabularyFile = "vocab.txt";

    /// <summary>
    /// The prepared files of <paramref name="model"/> in <paramref name="directory"/> if both are there;
    /// otherwise the resource table and vocabulary of its package assembly there.
    /// </summary>
    /// <exception cref="EmbeddingModelLoadException">Neither is there, or the assembly is unreadable or lacks a resource.</exception>
    public static ModelPackage Open(EmbeddingModel model, string directory, EmbeddingPrecision precision, bool preferPrepared = true)
    {
        var preparedModel = Path.Combine(directory, EmbeddingModelFiles.ModelFileName(model, precision));
        var preparedVocabulary = Path.Combine(directory, EmbeddingModelFiles.VocabularyFileName(model));
        if (preferPrepared && File.Exists(preparedModel) && File.Exists(preparedVocabulary))
        {
            try
            {
                var length = new FileInfo(preparedModel).Length;
                return new ModelPackage(preparedModel, 0, checked((int)length), File.ReadAllText(preparedVocabulary), null, IsPrepared: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OverflowException)
            {
                throw new EmbeddingModelLoadException($"The embedding model {model.Id} could not be read from {preparedModel}: {ex.Message}", ex);
            }
        }

        var path = Path.Combine(directory, model.PackageAssembly + ".dll");
        if (!File.Exists(path))
        {
            throw new EmbeddingModelLoadException(
                $"The embedding model {model.Id} was not found: neither {preparedModel} nor {path} is there (it ships from the {model.PackageAssembly} package).");
        }

        try
        {
            using var file = OpenRead(path);
            using var pe = new PEReader(file, PEStreamOptions.LeaveOpen | PEStreamOptions.PrefetchMetadata);
            var metadata = pe.GetMetadataReader();
            var offsets = metadata.ManifestResources
                .Select(metadata.GetManifestResource)
                .Where(r => r.Implementation.IsNil)
                .ToDictionary(r => metadata.GetString(r.Name), r => r.Offset, StringComparer.Ordinal);

            var modelName = model.ResourceName(ModelFile);
            var vocabularyName = model.ResourceName(VocabularyFile);
            var resourcesDirectory = pe.PEHeaders.CorHeader?.ResourcesDirectory ?? default;
            if (!offsets.ContainsKey(modelName) || !offsets.ContainsKey(vocabularyName)
                || !pe.PEHeaders.TryGetDirectoryOffset(resourcesDirectory, out var resourcesStart))
            {
                throw new EmbeddingModelLoadException(
                    $"{path} does not embed {modelName} and {vocabularyName} (it has: {string.Join(", ", offsets.Keys)}).");
            }

            var (modelOffset, modelLength) = Locate(file, resourcesStart + offsets[modelName]);
            var (vocabularyOffset, vocabularyLength) = Locate(file, resourcesStart + offsets[vocabularyName]);
            var vocabulary = new byte[vocabularyLength];
            file.Position = vocabularyOffset;
            file.ReadExactly(vocabulary);

            return new ModelPackage(path, modelOffset, modelLength, Encoding.UTF8.GetString(vocabulary), metadata.GetAssemblyDefinition().Version.ToString(), IsPrepared: false);
        }
        catch (Exception ex) when (ex is BadImageFormatException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new EmbeddingModelLoadException($"The embedding model {model.Id} could not be read from {path}: {ex.Message}", ex);
        }
    }

    /// <summary>The ONNX bytes, read into memory.</summary>
    public byte[] ReadModel()
    {
        using var file = OpenRead(SourcePath);
        var bytes = GC.AllocateUninitializedArray<byte>(ModelLength);
        file.Position = ModelOffset;
        file.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Copies the ONNX bytes to <paramref name="destination"/> without holding them all in memory.</summary>
    public void CopyModelTo(Stream destination)
    {
        using var file = OpenRead(SourcePath);
        file.Position = ModelOffset;
        var buffer = new byte[81920];
        var left = ModelLength;
        while (left > 0)
        {
            var read = file.Read(buffer, 0, Math.Min(buffer.Length, left));
            if (read == 0)
            {
                throw new EndOfStreamException($"{SourcePath} ended {left} bytes before the end of its model.");
            }

            destination.Write(buffer, 0, read);
            left -= read;
        }
    }

    private static FileStream OpenRead(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);

    /// <summary>A managed resource is its length as a little-endian 32-bit integer, then its bytes.</summary>
    private static (long Offset, int Length) Locate(FileStream file, long resourceStart)
    {
        Span<byte> header = stackalloc byte[4];
        file.Position = resourceStart;
        file.ReadExactly(header);
        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length < 0 || resourceStart + 4 + length > file.Length)
        {
            throw new BadImageFormatException($"a resource at offset {resourceStart} claims {length} bytes, past the end of the file");
        }

        return (resourceStart + 4, length);
    }
}
