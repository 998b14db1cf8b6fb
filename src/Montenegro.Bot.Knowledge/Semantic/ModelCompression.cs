namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>Turns the published model into the form an <see cref="EmbeddingPrecision"/> asks for.</summary>
internal static class ModelCompression
{
    /// <summary>The metadata property naming the package version a converted model came from.</summary>
    public const string PackageVersionProperty = "montenegro_bot.package_version";

    /// <summary>The metadata property naming a converted model's <see cref="EmbeddingPrecision"/>.</summary>
    public const string PrecisionProperty = "montenegro_bot.precision";

    /// <summary>
    /// The revision of the conversion. Raise it whenever <see cref="OnnxModelRewriter"/> changes what it
    /// writes: it is part of the unpacked model's file name and of every cached vector's key, so models
    /// and vectors from an older conversion are not reused.
    /// </summary>
    public const int Revision = 3;

    /// <summary>The short name used in prepared file names, e.g. <c>int8</c>.</summary>
    public static string Suffix(EmbeddingPrecision precision) => precision switch
    {
        EmbeddingPrecision.Int8 => "int8",
        EmbeddingPrecision.Float16Storage => "f16",
        _ => "f32",
    };

    /// <summary>What a conversion produces, e.g. <c>int8-r3</c>; the published model is <c>f32</c>.</summary>
    public static string Form(EmbeddingPrecision precision) =>
        precision == EmbeddingPrecision.Float32 ? Suffix(precision) : $"{Suffix(precision)}-r{Revision}";

    /// <summary>The published model <paramref name="model"/> (from package version <paramref name="version"/>) converted to <paramref name="precision"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an ONNX model.</exception>
    public static byte[] Convert(byte[] model, EmbeddingPrecision precision, string version)
    {
        if (precision == EmbeddingPrecision.Float32)
        {
            return model;
        }

        using var converted = new MemoryStream(model.Length / 2);
        Write(model, precision, version, converted);
        return converted.ToArray();
    }

    /// <summary>Writes the published model <paramref name="model"/> converted to <paramref name="precision"/> to <paramref name="destination"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an ONNX model.</exception>
    public static void Write(byte[] model, EmbeddingPrecision precision, string version, Stream destination)
    {
        if (precision == EmbeddingPrecision.Float32)
        {
            destination.Write(model);
            return;
        }

        var metadata = new Dictionary<string, string>
        {
            [PackageVersionProperty] = version,
            [PrecisionProperty] = Form(precision),
        };
        OnnxModelRewriter.Rewrite(model, precision, metadata, destination);
    }
}
