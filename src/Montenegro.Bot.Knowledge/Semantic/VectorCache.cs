using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>
/// Passage vectors on disk, so that a restart does not encode unchanged passages again. Each vector is
/// keyed by the SHA-256 of the model's identity and the passage's exact text; one file per model holds
/// the vectors of the last set of passages built.
/// </summary>
/// <remarks>
/// The cache is an optimisation and never a reason to fail: a missing, truncated, corrupt or foreign
/// file reads as empty (and is rewritten by the next build), and a failed write is logged and ignored.
/// A file is written to a temporary name and renamed over the old one, so readers, including other
/// processes sharing the folder, see either the old file or the new one, never a partial one.
/// File layout: "MBSV", format version, dimensions, entry count, model identity, then per entry the
/// 32-byte key and the vector (little-endian floats), then the SHA-256 of everything before it.
/// </remarks>
public sealed class VectorCache
{
    private const int FormatVersion = 1;
    private const int KeyLength = 32;
    private const int MaxFileBytes = 256 * 1024 * 1024;
    private static readonly byte[] Magic = "MBSV"u8.ToArray();

    private readonly ILogger _logger;

    /// <summary>A cache in <paramref name="directory"/> (created when first written).</summary>
    public VectorCache(string directory, ILogger<VectorCache>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The folder that holds the cache files.</summary>
    public string Directory { get; }

    /// <summary>The cache key of <paramref name="text"/> as encoded by the model identified by <paramref name="modelIdentity"/>.</summary>
    public static VectorKey KeyOf(string modelIdentity, string text)
    {
        ArgumentNullException.ThrowIfNull(modelIdentity);
        ArgumentNullException.ThrowIfNull(text);

        // UTF-16 code units as they are, so that texts differing only in invalid surrogates still differ.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(MemoryMarshal.AsBytes(modelIdentity.AsSpan()));
        hash.AppendData([0, 0]);
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        return new VectorKey(Convert.ToHexString(hash.GetHashAndReset()));
    }

    /// <summary>The file that holds the vectors of the model identified by <paramref name="modelIdentity"/>.</summary>
    public string FileFor(string modelIdentity)
    {
        var name = new StringBuilder("vectors-");
        foreach (var c in modelIdentity)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_');
        }

        return Path.Combine(Directory, name.Append(".bin").ToString());
    }

    /// <summary>The cached vectors of the model, by key; empty when there is no usable file.</summary>
    public IReadOnlyDictionary<VectorKey, float[]> Load(string modelIdentity, int dimensions)
    {
        var path = FileFor(modelIdentity);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return new Dictionary<VectorKey, float[]>();
            }

            if (info.Length > MaxFileBytes)
            {
                return Ignore(path, $"it is {info.Length} bytes, more than a cache of this size can be");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Ignore(path, ex.Message);
        }

        try
        {
            return Parse(bytes, modelIdentity, dimensions) is { } entries ? entries : Ignore(path, "it is not a complete cache file of this model");
        }
        catch (EndOfStreamException)
        {
            return Ignore(path, "it ends early");
        }
    }

    /// <summary>
    /// Replaces the model's file with <paramref name="entries"/>. Returns whether it was written; a failure
    /// is logged, never thrown.
    /// </summary>
    public bool Save(string modelIdentity, int dimensions, IReadOnlyCollection<KeyValuePair<VectorKey, float[]>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var path = FileFor(modelIdentity);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var content = Serialize(modelIdentity, dimensions, entries);
                stream.Write(content);
                stream.Write(SHA256.HashData(content));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Passage vectors were not cached in {Path}: {Reason}", path, ex.Message);
            TryDelete(temporary);
            return false;
        }
    }

    private static byte[] Serialize(string modelIdentity, int dimensions, IReadOnlyCollection<KeyValuePair<VectorKey, float[]>> entries)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(dimensions);
            writer.Write(entries.Count);
            writer.Write(modelIdentity);
            foreach (var (key, vector) in entries)
            {
                if (vector.Length != dimensions)
                {
                    throw new ArgumentException($"A vector has {vector.Length} dimensions, not {dimensions}.", nameof(entries));
                }

                writer.Write(Convert.FromHexString(key.Hex));
                foreach (var value in vector)
                {
                    writer.Write(value);
                }
            }
        }

        return buffer.ToArray();
    }

    private static Dictionary<VectorKey, float[]>? Parse(byte[] bytes, string modelIdentity, int dimensions)
    {
        if (bytes.Length < Magic.Length + KeyLength || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return null;
        }

        var content = bytes.AsSpan(0, bytes.Length - KeyLength);
        if (!SHA256.HashData(content).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - KeyLength)))
        {
            return null;
        }

        using var reader = new BinaryReader(new MemoryStream(bytes, 0, content.Length, writable: false), Encoding.UTF8);
        reader.ReadBytes(Magic.Length);
        if (reader.ReadInt32() != FormatVersion || reader.ReadInt32() != dimensions)
        {
            return null;
        }

        var count = reader.ReadInt32();
        if (reader.ReadString() != modelIdentity)
        {
            return null;
        }

        var entrySize = KeyLength + (4L * dimensions);
        if (count < 0 || reader.BaseStream.Length - reader.BaseStream.Position != count * entrySize)
        {
            return null;
        }

        var entries = new Dictionary<VectorKey, float[]>(count);
        for (var i = 0; i < count; i++)
        {
            var key = new VectorKey(Convert.ToHexString(reader.ReadBytes(KeyLength)));
            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] = reader.ReadSingle();
            }

            entries[key] = vector;
        }

        return entries;
    }

    private Dictionary<VectorKey, float[]> Ignore(string path, string reason)
    {
        _logger.LogWarning("The passage vector cache {Path} is ignored and will be rewritten: {Reason}", path, reason);
        return new Dictionary<VectorKey, float[]>();
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind in the cache folder; it is never read.
        }
    }
}
