using System.Numerics.Tensors;
using FastBertTokenizer;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.ML.OnnxRuntime;

namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>
/// Encodes text into unit-length sentence vectors with a BERT-style embedding model run in-process by
/// ONNX Runtime. Thread-safe: concurrent calls run side by side.
/// </summary>
/// <remarks>
/// Queries and passages are encoded differently for asymmetric models (see <see cref="EmbeddingPurpose"/>).
/// Through <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> texts are passages unless the options'
/// <see cref="EmbeddingGenerationOptions.AdditionalProperties"/> set <see cref="PurposeProperty"/> to
/// <see cref="EmbeddingPurpose.Query"/> (see <see cref="QueryOptions"/>).
/// </remarks>
public sealed class SentenceEmbedder : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The <see cref="EmbeddingGenerationOptions.AdditionalProperties"/> key that selects an <see cref="EmbeddingPurpose"/>.</summary>
    public const string PurposeProperty = "purpose";

    private const int MaxCharsPerToken = 32;

    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] OutputNames = ["last_hidden_state"];

    private readonly SessionOptions _sessionOptions;
    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly BertTokenizer _tokenizer;
    private readonly Lock _tokenizerLock = new();
    private readonly long[] _tokenScratch;
    private readonly long[] _maskScratch;
    private readonly SentenceEmbedderOptions _options;
    private readonly EmbeddingGeneratorMetadata _metadata;

    private SentenceEmbedder(EmbeddingModel model, ModelPackage package, SentenceEmbedderOptions options, SessionOptions sessionOptions, InferenceSession session, BertTokenizer tokenizer)
    {
        Model = model;

        // Converted weights give vectors close to the originals', but not the same bits; prepared files
        // carry the package version and conversion they were made with.
        var metadata = session.ModelMetadata.CustomMetadataMap;
        var version = package.Version ?? metadata.GetValueOrDefault(ModelCompression.PackageVersionProperty) ?? "unknown";
        var form = package.IsPrepared
            ? metadata.GetValueOrDefault(ModelCompression.PrecisionProperty) ?? "unknown"
            : ModelCompression.Form(options.Precision);
        CacheIdentity = $"{model.Id}@{version}/{form}/{model.Pooling}/{model.MaxTokens}".ToLowerInvariant();
        _options = options;
        _sessionOptions = sessionOptions;
        _session = session;
        _tokenizer = tokenizer;
        _tokenScratch = new long[model.MaxTokens];
        _maskScratch = new long[model.MaxTokens];
        _metadata = new EmbeddingGeneratorMetadata("onnxruntime", null, model.Id, model.Dimensions);
        Words = WholeWordsOf(package.Vocabulary);
    }

    /// <summary>
    /// The English words the model's vocabulary holds whole (WordPiece keeps the commonest words of its training text as
    /// one piece): real words, which a spelling corrector should not take for typos ("getting" is not "meeting", "came"
    /// is not "same"). Words of six letters or more count at any rank; shorter ones only among the commonest pieces,
    /// since the rarer short pieces are as often typed for other words ("goin", "acton") as meant. Three-letter words count
    /// among the very commonest only ("way", "run", "now"): the typos of question words ("wat", "wen", "hwo") are rare
    /// pieces or none, while the rarer three-letter pieces are as often chat shorthand ("pol" for poll) or a name's
    /// syllable heard apart ("rat a fiction").
    /// </summary>
    public IReadOnlySet<string> Words { get; }

    // WordPiece lists its pieces by how often they occur in the training text, so a piece's line is its frequency rank.
    // "came" is at 2,234, "cover" at 3,104; "goin" at 17,249 and "wat" at 28,194.
    private const int CommonWordRank = 15_000;

    // "way" is at 2,126, "run" at 2,448, "pro" at 4,013; "rat" at 9,350 and "pol" at 14,955.
    private const int CommonShortWordRank = 5_000;

    private const int ShortWordLength = 3;

    private const int LongWordLength = 6;

    private const int MinWordLength = 3;

    private static HashSet<string> WholeWordsOf(string vocabulary)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var rank = 0;
        foreach (var line in vocabulary.AsSpan().EnumerateLines())
        {
            var entry = line.Trim();
            if (entry.Length >= MinWordLength && !entry.ContainsAnyExcept(LowerCaseLetters) && (entry.Length >= LongWordLength || rank < CommonWordRank)
                && (entry.Length > ShortWordLength || rank < CommonShortWordRank))
            {
                words.Add(entry.ToString());
            }

            rank++;
        }

        return words;
    }

    private static readonly System.Buffers.SearchValues<char> LowerCaseLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>The model this embedder runs.</summary>
    public EmbeddingModel Model { get; }

    /// <summary>
    /// What makes this embedder's passage vectors what they are: model, package version, weight precision,
    /// pooling and token limit. Part of every cached vector's key, so vectors of another model or version are never reused.
    /// </summary>
    public string CacheIdentity { get; }

    /// <summary>Options that make <see cref="GenerateAsync"/> encode its texts as queries.</summary>
    public static EmbeddingGenerationOptions QueryOptions => new() { AdditionalProperties = new() { [PurposeProperty] = EmbeddingPurpose.Query } };

    /// <summary>
    /// Loads <paramref name="model"/> from its package assembly into a tuned ONNX Runtime session and runs
    /// it once, so that the first real query does not pay for the warm-up.
    /// </summary>
    /// <exception cref="EmbeddingModelLoadException">The model is missing or unreadable.</exception>
    public static SentenceEmbedder Load(EmbeddingModel model, SentenceEmbedderOptions? options = null, ILogger<SentenceEmbedder>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new SentenceEmbedderOptions();
        var embedder = Create(model, options, logger ?? (ILogger)NullLogger.Instance);

        // Whatever loading left behind (the model bytes when loaded from memory, ONNX Runtime's parsed
        // copy) is garbage now. Returning it at once means a freshly started bot is not charged for it
        // until some later collection (measured: README.md).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        NativeHeap.Trim();
        return embedder;
    }

    /// <summary>Encodes one text into a new unit-length vector of <see cref="EmbeddingModel.Dimensions"/> floats.</summary>
    /// <remarks>Any string is accepted: empty, very long (truncated to the model's token limit), any script or symbol.</remarks>
    public float[] Embed(string text, EmbeddingPurpose purpose)
    {
        var vector = new float[Model.Dimensions];
        EmbedInto([text], purpose, vector, CancellationToken.None);
        return vector;
    }

    /// <summary>
    /// Encodes <paramref name="texts"/> into <paramref name="destination"/>, vector i at
    /// <c>i * Dimensions</c>. Texts are batched by token length, so that short ones are not padded to the
    /// longest of all.
    /// </summary>
    public void EmbedInto(IReadOnlyList<string> texts, EmbeddingPurpose purpose, Span<float> destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var dimensions = Model.Dimensions;
        if (destination.Length != texts.Count * dimensions)
        {
            throw new ArgumentException($"The destination holds {destination.Length} floats; {texts.Count} vectors need {texts.Count * dimensions}.", nameof(destination));
        }

        var tokens = new long[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            tokens[i] = Tokenize(texts[i], purpose);
        }

        var order = Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Length).ToArray();
        var start = 0;
        while (start < order.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Sorted by length, so the last passage taken is the longest and sets the padding.
            var count = 1;
            while (start + count < order.Length
                   && count < MaxBatchSize
                   && (count + 1) * tokens[order[start + count]].Length <= _options.MaxBatchTokens)
            {
                count++;
            }

            RunBatch(tokens, order.AsSpan(start, count), destination);
            start += count;
        }

        if (texts.Count > 1)
        {
            // The batches' activations are freed but would stay resident; a query's are too small to matter.
            NativeHeap.Trim();
        }
    }

    /// <summary>
    /// 8-bit models quantize their activations with one scale per run, so a text's vector would depend on
    /// the texts batched with it (by ~0.002 cosine); they encode one text per run, so that a text always
    /// gets the same vector and cached vectors match fresh ones.
    /// </summary>
    private int MaxBatchSize => _options.Precision == EmbeddingPrecision.Int8 ? 1 : _options.MaxBatchSize;

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (options?.Dimensions is { } dimensions && dimensions != Model.Dimensions)
        {
            throw new NotSupportedException($"{Model.Id} produces {Model.Dimensions}-dimensional vectors, not {dimensions}.");
        }

        var texts = values.Select(v => v ?? string.Empty).ToList();
        var purpose = PurposeOf(options);
        var vectors = new float[texts.Count * Model.Dimensions];
        EmbedInto(texts, purpose, vectors, cancellationToken);

        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            result.Add(new Embedding<float>(vectors.AsMemory(i * Model.Dimensions, Model.Dimensions)) { ModelId = Model.Id });
        }

        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(EmbeddingGeneratorMetadata))
        {
            return _metadata;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _session.Dispose();
        _runOptions.Dispose();
        _sessionOptions.Dispose();
    }

    private static EmbeddingPurpose PurposeOf(EmbeddingGenerationOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(PurposeProperty, out var value) == true
            ? value switch
            {
                EmbeddingPurpose purpose => purpose,
                string name when Enum.TryParse<EmbeddingPurpose>(name, ignoreCase: true, out var parsed) => parsed,
                _ => throw new ArgumentException($"'{PurposeProperty}' must be an {nameof(EmbeddingPurpose)} (Query or Passage)."),
            }
            : EmbeddingPurpose.Passage;

    private static SentenceEmbedder Create(EmbeddingModel model, SentenceEmbedderOptions options, ILogger logger)
    {
        var package = ModelPackage.Open(model, options.ModelDirectory, options.Precision);

        var tokenizer = new BertTokenizer();
        using (var reader = new StringReader(package.Vocabulary))
        {
            // Both models are uncased: the tokenizer lower-cases and strips accents, as their training did.
            tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
        }

        var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = options.IntraOpThreads,
            InterOpNumThreads = 1,
            EnableCpuMemArena = options.UseMemoryArena,

            // Every input has its own length, so a memory plan for one shape does not fit the next.
            EnableMemoryPattern = false,
        };

        // Idle intra-op threads would otherwise spin for a while after each run, burning a core that the
        // rest of the bot (and a small host) needs.
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");

        InferenceSession session;
        try
        {
            session = CreateSession(package, model, sessionOptions, options, logger);
        }
        catch (Exception ex) when (ex is OnnxRuntimeException or InvalidDataException)
        {
            sessionOptions.Dispose();
            throw new EmbeddingModelLoadException($"ONNX Runtime could not load {model.Id}: {ex.Message}", ex);
        }

        var embedder = new SentenceEmbedder(model, package, options, sessionOptions, session, tokenizer);
        try
        {
            embedder.Embed("warm-up", EmbeddingPurpose.Query);
        }
        catch (OnnxRuntimeException ex)
        {
            embedder.Dispose();
            throw new EmbeddingModelLoadException($"{model.Id} loaded but does not run: {ex.Message}", ex);
        }

        return embedder;
    }

    private static InferenceSession CreateSession(ModelPackage package, EmbeddingModel model, SessionOptions sessionOptions, SentenceEmbedderOptions options, ILogger logger)
    {
        if (package.IsPrepared)
        {
            return new InferenceSession(package.SourcePath, sessionOptions);
        }

        if (options.ModelCacheDirectory is { } cacheDirectory && UnpackedModel.Ensure(package, model, options.Precision, cacheDirectory, logger) is { } path)
        {
            try
            {
                return new InferenceSession(path, sessionOptions);
            }
            catch (OnnxRuntimeException ex)
            {
                logger.LogWarning("The unpacked embedding model {Path} is unusable and is discarded: {Reason}", path, ex.Message);
                UnpackedModel.Discard(path);
            }
        }

        return new InferenceSession(ModelCompression.Convert(package.ReadModel(), options.Precision, package.Version ?? "unknown"), sessionOptions);
    }

    private long[] Tokenize(string text, EmbeddingPurpose purpose)
    {
        text ??= string.Empty;
        if (purpose == EmbeddingPurpose.Query && Model.QueryPrefix.Length > 0)
        {
            text = Model.QueryPrefix + text;
        }

        // No token is shorter than a character, and few words are longer than this per token: enough text
        // for MaxTokens, without folding and scanning all of a 100 KB message.
        text = ModelText.Prepare(text, Model.MaxTokens * MaxCharsPerToken);

        lock (_tokenizerLock)
        {
            // Truncates to MaxTokens, still ending with [SEP].
            var count = _tokenizer.Encode(text, _tokenScratch, _maskScratch, padTo: null);
            return _tokenScratch.AsSpan(0, count).ToArray();
        }
    }

    private void RunBatch(long[][] tokens, ReadOnlySpan<int> batch, Span<float> destination)
    {
        var dimensions = Model.Dimensions;
        var length = tokens[batch[^1]].Length;
        var size = batch.Length;

        var inputIds = new long[size * length];
        var attentionMask = new long[size * length];
        var tokenTypeIds = new long[size * length];
        for (var row = 0; row < size; row++)
        {
            var ids = tokens[batch[row]];
            ids.CopyTo(inputIds, row * length);
            attentionMask.AsSpan(row * length, ids.Length).Fill(1);
        }

        var hidden = new float[size * length * dimensions];
        long[] inputShape = [size, length];
        using var inputIdsValue = OrtValue.CreateTensorValueFromMemory(inputIds, inputShape);
        using var attentionMaskValue = OrtValue.CreateTensorValueFromMemory(attentionMask, inputShape);
        using var tokenTypeIdsValue = OrtValue.CreateTensorValueFromMemory(tokenTypeIds, inputShape);
        using var hiddenValue = OrtValue.CreateTensorValueFromMemory(hidden, [size, length, dimensions]);
        _session.Run(_runOptions, InputNames, [inputIdsValue, attentionMaskValue, tokenTypeIdsValue], OutputNames, [hiddenValue]);

        for (var row = 0; row < size; row++)
        {
            var vector = destination.Slice(batch[row] * dimensions, dimensions);
            var rowStates = hidden.AsSpan(row * length * dimensions, length * dimensions);
            Pool(rowStates, tokens[batch[row]].Length, vector);
            Normalize(vector);
        }
    }

    private void Pool(ReadOnlySpan<float> states, int realTokens, Span<float> vector)
    {
        var dimensions = Model.Dimensions;
        if (Model.Pooling == EmbeddingPooling.Cls)
        {
            states[..dimensions].CopyTo(vector);
            return;
        }

        vector.Clear();
        for (var t = 0; t < realTokens; t++)
        {
            TensorPrimitives.Add(vector, states.Slice(t * dimensions, dimensions), vector);
        }

        TensorPrimitives.Divide(vector, realTokens, vector);
    }

    private static void Normalize(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0 && float.IsFinite(norm))
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }
}
