using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis.Core;

namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// The key of a cached index: a SHA-256 over everything that decides what the index holds. That is every
/// document (id, kind, heading, text, in order), the index layout, the Lucene version and the analyzer. The
/// analyzer is identified by its word lists and by what it does rather than by a version number someone must
/// remember to raise: a probe text made of every synonym, every stop word and sentences that exercise
/// possessives, accents, inflections and common words, together with the terms the analyzer makes of it. A
/// change to the chain or its word lists changes the key.
/// </summary>
internal static class IndexFingerprint
{
    private const string ProbeSentences =
        "Montenegro's parliament ratified the NATO accession on 28 April 2017; Đukanović and the U.S. Senate's " +
        "committees recognised the MPs' votes. Polls, surveys and the Prime Minister's statements were being published. " +
        "Which of its own would also have been our, his, her, has, was, from, than, about, after, before, during?";

    /// <summary>The key (32 hex digits) and the number of documents, in one streaming pass over <paramref name="documents"/>.</summary>
    public static (string Key, int Count) Of(KnowledgeAnalyzer analyzer, IEnumerable<IndexedDocument> documents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendNumber(hash, LuceneSchema.Version);
        AppendString(hash, KnowledgeAnalyzer.Version.ToString());
        AppendString(hash, Probe);
        foreach (var term in analyzer.Terms(Probe))
        {
            AppendString(hash, term);
        }

        var count = 0;
        foreach (var document in documents)
        {
            AppendString(hash, document.Id);
            AppendNumber(hash, (int)document.Kind);
            AppendString(hash, document.Heading);
            AppendString(hash, document.Text);
            count++;
        }

        AppendNumber(hash, count);
        return (Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16)), count);
    }

    private static string Probe { get; } = BuildProbe();

    private static string BuildProbe()
    {
        var text = new StringBuilder(ProbeSentences);
        foreach (var (canonical, phrases) in DomainSynonyms.Acronyms.Concat(DomainSynonyms.Phrases).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append(" | ").Append(canonical);
            foreach (var phrase in phrases)
            {
                text.Append(" | ").Append(phrase);
            }
        }

        foreach (var stopWord in StopAnalyzer.ENGLISH_STOP_WORDS_SET.Select(w => w?.ToString() ?? string.Empty).Order(StringComparer.Ordinal))
        {
            text.Append(" | ").Append(stopWord);
        }

        return text.ToString();
    }

    // Length-prefixed, so that ("ab", "c") and ("a", "bc") hash differently.
    private static void AppendString(IncrementalHash hash, string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        AppendNumber(hash, length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(value, buffer);
            hash.AppendData(buffer, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void AppendNumber(IncrementalHash hash, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        hash.AppendData(bytes);
    }
}
