using System.Buffers.Binary;
using System.Text;

namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>
/// Rewrites the weights of an ONNX model in one pass, streaming the result: with
/// <see cref="EmbeddingPrecision.Int8"/>, every MatMul with a constant 2-D weight becomes ONNX Runtime's
/// DynamicQuantizeMatMul over 8-bit weights (symmetric, stored unsigned around 128, one scale per output column; activations are
/// quantized on the fly), and every table read only by Gathers (the word embeddings) is kept as 8-bit
/// rows with one scale per row, dequantized after the Gather (so only the rows a text uses are ever
/// float); then every other large float weight is stored as float16 followed by a Cast back to float,
/// which ONNX Runtime folds while it builds the session.
/// </summary>
/// <remarks>
/// Only what changes is decoded (the graph's nodes, initializers and inputs); every other byte is copied
/// from the input as it is, and the output is written as a list of pieces of the input and new tensors,
/// so converting costs the input plus the new weights in memory, not several copies of the model.
/// Field numbers are those of onnx.proto.
/// </remarks>
internal static class OnnxModelRewriter
{
    private const int FloatType = 1;
    private const int UInt8Type = 2;
    private const int Int8Type = 3;
    private const int Float16Type = 10;

    // MatMul weights are stored unsigned around this zero point: the same symmetric 8-bit values, but ONNX Runtime multiplies
    // unsigned activations by unsigned weights exactly on every CPU, while its signed-weight kernel on CPUs without VNNI
    // adds pairs of products in 16 bits, saturating, so the same model gave other vectors (and answers) on those machines.
    private const int UnsignedZeroPoint = 128;
    private const float MaxFloat16 = 65504f;
    private const int MinElements = 1024;

    /// <summary>Writes <paramref name="model"/> converted to <paramref name="precision"/> to <paramref name="destination"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a protobuf-encoded ONNX model.</exception>
    public static void Rewrite(byte[] model, EmbeddingPrecision precision, IReadOnlyDictionary<string, string> metadata, Stream destination)
    {
        foreach (var (key, value) in metadata)
        {
            // ModelProto.metadata_props (14): StringStringEntryProto { key = 1, value = 2 }.
            var entry = Message(w =>
            {
                Protobuf.WriteBytesField(w, 1, Encoding.UTF8.GetBytes(key));
                Protobuf.WriteBytesField(w, 2, Encoding.UTF8.GetBytes(value));
            });
            Protobuf.WriteBytesField(destination, 14, entry);
        }

        if (precision == EmbeddingPrecision.Int8)
        {
            // ModelProto.opset_import (8): OperatorSetIdProto { domain = 1, version = 2 }.
            Protobuf.WriteBytesField(destination, 8, Message(w =>
            {
                Protobuf.WriteBytesField(w, 1, "com.microsoft"u8);
                Protobuf.WriteVarintField(w, 2, 1);
            }));
        }

        var graphs = 0;
        foreach (var field in Protobuf.Fields(model))
        {
            if (field.Number == 7 && field.WireType == Protobuf.LengthDelimited)
            {
                var pieces = RewriteGraph(model.AsMemory(field.PayloadStart, field.PayloadLength), precision);
                Protobuf.WriteTag(destination, 7, Protobuf.LengthDelimited);
                Protobuf.WriteVarint(destination, (ulong)pieces.Sum(p => (long)p.Length));
                foreach (var piece in pieces)
                {
                    destination.Write(piece.Span);
                }

                graphs++;
            }
            else
            {
                destination.Write(field.Raw(model));
            }
        }

        if (graphs != 1)
        {
            throw new InvalidDataException($"An ONNX model has one graph; this one has {graphs}.");
        }
    }

    private static List<ReadOnlyMemory<byte>> RewriteGraph(ReadOnlyMemory<byte> graph, EmbeddingPrecision precision)
    {
        var fields = Protobuf.Fields(graph.Span);
        var nodes = new Dictionary<int, Node>();
        var tensors = new Dictionary<string, (int Index, Tensor Tensor)>(StringComparer.Ordinal);
        var tensorAt = new Dictionary<int, Tensor>();
        for (var i = 0; i < fields.Count; i++)
        {
            var payload = fields[i].Payload(graph.Span);
            if (fields[i].Number == 1 && fields[i].WireType == Protobuf.LengthDelimited)
            {
                nodes[i] = Node.Parse(payload);
            }
            else if (fields[i].Number == 5 && fields[i].WireType == Protobuf.LengthDelimited && Tensor.TryParse(payload, out var tensor))
            {
                tensor = tensor.At(fields[i].PayloadStart);
                tensors[tensor.Name] = (i, tensor);
                tensorAt[i] = tensor;
            }
        }

        // 8-bit: weights that feed MatMuls as their second input; dropped when nothing else uses them.
        var quantized = new HashSet<string>(StringComparer.Ordinal);
        var tables = new HashSet<string>(StringComparer.Ordinal);
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        if (precision == EmbeddingPrecision.Int8)
        {
            quantized.UnionWith(nodes.Values.Where(n => n.IsMatMulWith(tensors)).Select(n => n.Inputs[1]));
            var otherUses = nodes.Values.SelectMany(n => n.IsMatMulWith(tensors) ? n.Inputs.Take(1) : n.Inputs).ToHashSet(StringComparer.Ordinal);
            dropped.UnionWith(quantized.Where(w => !otherUses.Contains(w)));

            // Embedding tables that only Gathers read rows of: 8-bit rows, each with its own scale.
            var gathered = nodes.Values.Select(n => n.GatheredTable(tensors)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var readOtherwise = nodes.Values.SelectMany(n => n.GatheredTable(tensors) is null ? n.Inputs : n.Inputs.Skip(1)).ToHashSet(StringComparer.Ordinal);
            tables.UnionWith(gathered.Where(t => !readOtherwise.Contains(t) && !quantized.Contains(t) && tensors[t].Tensor.Count >= MinElements));
            dropped.UnionWith(tables);
        }

        // Float16 storage: every other large float weight that float16 can hold.
        var halved = tensors.Values
            .Select(t => t.Tensor)
            .Where(t => !dropped.Contains(t.Name) && t.Count >= MinElements && t.FitsFloat16(graph.Span))
            .Select(t => t.Name)
            .ToHashSet(StringComparer.Ordinal);

        var pieces = new List<ReadOnlyMemory<byte>>();

        // The casts first, so that the node list stays in topological order.
        foreach (var name in halved)
        {
            pieces.Add(Field(1, CastNode(name)));
        }

        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var raw = graph.Slice(field.Start, field.Length);
            if (nodes.TryGetValue(i, out var node) && quantized.Contains(node.MatMulWeight(tensors) ?? string.Empty))
            {
                pieces.Add(Field(1, node.AsDynamicQuantizeMatMul()));
            }
            else if (node is not null && tables.Contains(node.GatheredTable(tensors) ?? string.Empty))
            {
                pieces.AddRange(node.AsDequantizingGather().Select(n => (ReadOnlyMemory<byte>)Field(1, n)));
            }
            else if (tensorAt.TryGetValue(i, out var tensor))
            {
                if (quantized.Contains(tensor.Name))
                {
                    pieces.AddRange(QuantizedTensors(tensor, graph.Span));
                }

                if (tables.Contains(tensor.Name))
                {
                    pieces.AddRange(RowQuantizedTensors(tensor, graph.Span));
                }

                if (halved.Contains(tensor.Name))
                {
                    pieces.AddRange(TensorField(HalfName(tensor.Name), Float16Type, tensor.Dims, tensor.ToFloat16(graph.Span)));
                }
                else if (!dropped.Contains(tensor.Name))
                {
                    pieces.Add(raw);
                }
            }
            else if (field.Number == 11 && field.WireType == Protobuf.LengthDelimited
                     && ValueInfoName(field.Payload(graph.Span)) is { } input && (halved.Contains(input) || dropped.Contains(input)))
            {
                // Older exporters also list initializers as graph inputs; a cast now produces them, or they are gone.
                continue;
            }
            else
            {
                pieces.Add(raw);
            }
        }

        return pieces;
    }

    private static IEnumerable<ReadOnlyMemory<byte>> QuantizedTensors(Tensor weight, ReadOnlySpan<byte> graph)
    {
        var rows = weight.Dims[0];
        var columns = weight.Dims[1];
        var values = weight.Raw(graph);
        var scales = new float[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                scales[c] = Math.Max(scales[c], Math.Abs(BinaryPrimitives.ReadSingleLittleEndian(values[(int)(((r * columns) + c) * 4)..])));
            }
        }

        for (var c = 0; c < columns; c++)
        {
            scales[c] = scales[c] > 0 ? scales[c] / 127f : 1f;
        }

        var quantized = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var value = BinaryPrimitives.ReadSingleLittleEndian(values[(int)(((r * columns) + c) * 4)..]);
                quantized[(r * columns) + c] = (byte)(Math.Clamp(MathF.Round(value / scales[c]), -127f, 127f) + UnsignedZeroPoint);
            }
        }

        var scaleBytes = new byte[columns * 4];
        for (var c = 0; c < columns; c++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(scaleBytes.AsSpan(c * 4), scales[c]);
        }

        var zeroPoints = new byte[columns];
        Array.Fill(zeroPoints, (byte)UnsignedZeroPoint);
        return TensorField(weight.Name + "__int8", UInt8Type, weight.Dims, quantized)
            .Concat(TensorField(weight.Name + "__scale", FloatType, [columns], scaleBytes))
            .Concat(TensorField(weight.Name + "__zero", UInt8Type, [columns], zeroPoints));
    }

    /// <summary>An embedding table as 8-bit rows (<c>name__int8</c>) and one scale per row (<c>name__rowscale</c>, shape [rows, 1]).</summary>
    private static IEnumerable<ReadOnlyMemory<byte>> RowQuantizedTensors(Tensor table, ReadOnlySpan<byte> graph)
    {
        var rows = table.Dims[0];
        var columns = table.Dims[1];
        var values = table.Raw(graph);
        var quantized = new byte[rows * columns];
        var scaleBytes = new byte[rows * 4];
        for (var r = 0; r < rows; r++)
        {
            var max = 0f;
            for (var c = 0; c < columns; c++)
            {
                max = Math.Max(max, Math.Abs(BinaryPrimitives.ReadSingleLittleEndian(values[(int)(((r * columns) + c) * 4)..])));
            }

            var scale = max > 0 ? max / 127f : 1f;
            BinaryPrimitives.WriteSingleLittleEndian(scaleBytes.AsSpan((int)(r * 4)), scale);
            for (var c = 0; c < columns; c++)
            {
                var value = BinaryPrimitives.ReadSingleLittleEndian(values[(int)(((r * columns) + c) * 4)..]);
                quantized[(r * columns) + c] = (byte)(sbyte)Math.Clamp(MathF.Round(value / scale), -127f, 127f);
            }
        }

        return TensorField(table.Name + "__int8", Int8Type, table.Dims, quantized)
            .Concat(TensorField(table.Name + "__rowscale", FloatType, [rows, 1], scaleBytes));
    }

    /// <summary>A GraphProto.initializer field, as its header and its (large) raw data.</summary>
    private static ReadOnlyMemory<byte>[] TensorField(string name, int type, IReadOnlyList<long> dims, byte[] raw)
    {
        var header = Message(w =>
        {
            foreach (var dim in dims)
            {
                Protobuf.WriteVarintField(w, 1, (ulong)dim);
            }

            Protobuf.WriteVarintField(w, 2, (ulong)type);
            Protobuf.WriteBytesField(w, 8, Encoding.UTF8.GetBytes(name));
            Protobuf.WriteTag(w, 9, Protobuf.LengthDelimited);
            Protobuf.WriteVarint(w, (ulong)raw.Length);
        });
        var outer = Message(w =>
        {
            Protobuf.WriteTag(w, 5, Protobuf.LengthDelimited);
            Protobuf.WriteVarint(w, (ulong)(header.Length + raw.Length));
        });
        return [outer, header, raw];
    }

    private static string HalfName(string name) => name + "__float16";

    /// <summary>A NodeProto: Cast(name__float16) -> name, to = FLOAT.</summary>
    private static byte[] CastNode(string name) => Message(w =>
    {
        Protobuf.WriteBytesField(w, 1, Encoding.UTF8.GetBytes(HalfName(name)));
        Protobuf.WriteBytesField(w, 2, Encoding.UTF8.GetBytes(name));
        Protobuf.WriteBytesField(w, 3, Encoding.UTF8.GetBytes(name + "__cast"));
        Protobuf.WriteBytesField(w, 4, "Cast"u8);
        Protobuf.WriteBytesField(w, 5, Message(a =>
        {
            // AttributeProto { name = 1, i = 3, type = 20 (INT) }.
            Protobuf.WriteBytesField(a, 1, "to"u8);
            Protobuf.WriteVarintField(a, 3, FloatType);
            Protobuf.WriteVarintField(a, 20, 2);
        }));
    });

    private static byte[] Field(int number, byte[] payload) => Message(w => Protobuf.WriteBytesField(w, number, payload));

    private static byte[] Message(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private static string? ValueInfoName(ReadOnlySpan<byte> valueInfo)
    {
        foreach (var field in Protobuf.Fields(valueInfo))
        {
            if (field.Number == 1 && field.WireType == Protobuf.LengthDelimited)
            {
                return Encoding.UTF8.GetString(field.Payload(valueInfo));
            }
        }

        return null;
    }

    /// <summary>A float initializer with raw data and nothing unusual: where its values are in the graph.</summary>
    private sealed record Tensor(string Name, IReadOnlyList<long> Dims, long Count, int RawStart, int RawLength)
    {
        public static bool TryParse(ReadOnlySpan<byte> tensor, out Tensor result)
        {
            result = null!;
            var dims = new List<long>();
            int dataType = 0, rawStart = -1, rawLength = 0;
            string? name = null;
            foreach (var field in Protobuf.Fields(tensor))
            {
                switch (field.Number, field.WireType)
                {
                    case (1, Protobuf.Varint):
                        dims.Add((long)field.Value);
                        break;
                    case (1, Protobuf.LengthDelimited):
                        dims.AddRange(Protobuf.PackedVarints(field.Payload(tensor)).Select(v => (long)v));
                        break;
                    case (2, Protobuf.Varint):
                        dataType = (int)field.Value;
                        break;
                    case (8, Protobuf.LengthDelimited):
                        name = Encoding.UTF8.GetString(field.Payload(tensor));
                        break;
                    case (9, Protobuf.LengthDelimited):
                        (rawStart, rawLength) = (field.PayloadStart, field.PayloadLength);
                        break;
                    default:
                        // float_data, external data, segments: left alone.
                        return false;
                }
            }

            var count = dims.Aggregate(1L, (a, d) => a * d);
            if (dataType != FloatType || name is null || rawStart < 0 || rawLength != count * 4)
            {
                return false;
            }

            result = new Tensor(name, dims, count, rawStart, rawLength);
            return true;
        }

        /// <summary>Where the tensor's own bytes start in the graph.</summary>
        public int Offset { get; private init; }

        /// <summary>The raw values within <paramref name="graph"/>.</summary>
        public ReadOnlySpan<byte> Raw(ReadOnlySpan<byte> graph) => graph.Slice(Offset + RawStart, RawLength);

        /// <summary>This tensor, parsed from bytes that start at <paramref name="offset"/> in the graph.</summary>
        public Tensor At(int offset) => this with { Offset = offset };

        public bool FitsFloat16(ReadOnlySpan<byte> graph)
        {
            var values = Raw(graph);
            for (var i = 0; i < values.Length; i += 4)
            {
                var value = BinaryPrimitives.ReadSingleLittleEndian(values[i..]);
                if (!float.IsFinite(value) || Math.Abs(value) > MaxFloat16)
                {
                    return false;
                }
            }

            return true;
        }

        public byte[] ToFloat16(ReadOnlySpan<byte> graph)
        {
            var values = Raw(graph);
            var half = new byte[Count * 2];
            for (var i = 0; i < Count; i++)
            {
                BinaryPrimitives.WriteHalfLittleEndian(half.AsSpan(i * 2), (Half)BinaryPrimitives.ReadSingleLittleEndian(values[(i * 4)..]));
            }

            return half;
        }
    }

    private sealed record Node(List<string> Inputs, List<string> Outputs, string Name, string OpType, string Domain, Dictionary<string, long?> Attributes)
    {
        public static Node Parse(ReadOnlySpan<byte> node)
        {
            var inputs = new List<string>();
            var outputs = new List<string>();
            var attributes = new Dictionary<string, long?>(StringComparer.Ordinal);
            string name = string.Empty, opType = string.Empty, domain = string.Empty;
            foreach (var field in Protobuf.Fields(node))
            {
                if (field.WireType != Protobuf.LengthDelimited)
                {
                    continue;
                }

                if (field.Number == 5)
                {
                    // AttributeProto { name = 1, i = 3 }: the integer value where there is one.
                    var payload = field.Payload(node);
                    string attributeName = string.Empty;
                    long? value = null;
                    foreach (var part in Protobuf.Fields(payload))
                    {
                        if (part.Number == 1 && part.WireType == Protobuf.LengthDelimited)
                        {
                            attributeName = Encoding.UTF8.GetString(part.Payload(payload));
                        }
                        else if (part.Number == 3 && part.WireType == Protobuf.Varint)
                        {
                            value = (long)part.Value;
                        }
                    }

                    attributes[attributeName] = value;
                    continue;
                }

                var text = Encoding.UTF8.GetString(field.Payload(node));
                switch (field.Number)
                {
                    case 1: inputs.Add(text); break;
                    case 2: outputs.Add(text); break;
                    case 3: name = text; break;
                    case 4: opType = text; break;
                    case 7: domain = text; break;
                }
            }

            return new Node(inputs, outputs, name, opType, domain, attributes);
        }

        /// <summary>The constant 2-D table this node reads rows of, if it is a plain Gather along axis 0 of one.</summary>
        public string? GatheredTable(IReadOnlyDictionary<string, (int Index, Tensor Tensor)> tensors) =>
            OpType == "Gather" && Domain.Length == 0 && Inputs.Count == 2 && Outputs.Count == 1
            && Attributes.Keys.All(k => k == "axis") && Attributes.GetValueOrDefault("axis") is null or 0
            && tensors.TryGetValue(Inputs[0], out var table) && table.Tensor.Dims.Count == 2
                ? Inputs[0]
                : null;

        /// <summary>Gather the 8-bit rows and their scales, Cast the rows to float, multiply.</summary>
        public IEnumerable<byte[]> AsDequantizingGather()
        {
            var (table, indices, output) = (Inputs[0], Inputs[1], Outputs[0]);
            yield return Plain("Gather", [table + "__int8", indices], output + "__int8", Name + "__gather_int8");
            yield return Message(w =>
            {
                Protobuf.WriteBytesField(w, 1, Encoding.UTF8.GetBytes(output + "__int8"));
                Protobuf.WriteBytesField(w, 2, Encoding.UTF8.GetBytes(output + "__float"));
                Protobuf.WriteBytesField(w, 3, Encoding.UTF8.GetBytes(Name + "__cast"));
                Protobuf.WriteBytesField(w, 4, "Cast"u8);
                Protobuf.WriteBytesField(w, 5, Message(a =>
                {
                    Protobuf.WriteBytesField(a, 1, "to"u8);
                    Protobuf.WriteVarintField(a, 3, FloatType);
                    Protobuf.WriteVarintField(a, 20, 2);
                }));
            });
            yield return Plain("Gather", [table + "__rowscale", indices], output + "__rowscale", Name + "__gather_scale");
            yield return Plain("Mul", [output + "__float", output + "__rowscale"], output, Name + "__scale");
        }

        private static byte[] Plain(string opType, string[] inputs, string output, string name) => Message(w =>
        {
            foreach (var input in inputs)
            {
                Protobuf.WriteBytesField(w, 1, Encoding.UTF8.GetBytes(input));
            }

            Protobuf.WriteBytesField(w, 2, Encoding.UTF8.GetBytes(output));
            Protobuf.WriteBytesField(w, 3, Encoding.UTF8.GetBytes(name));
            Protobuf.WriteBytesField(w, 4, Encoding.UTF8.GetBytes(opType));
        });

        public bool IsMatMulWith(IReadOnlyDictionary<string, (int Index, Tensor Tensor)> tensors) => MatMulWeight(tensors) is not null;

        /// <summary>The constant 2-D weight this node multiplies by, if it is a plain MatMul with one.</summary>
        public string? MatMulWeight(IReadOnlyDictionary<string, (int Index, Tensor Tensor)> tensors) =>
            OpType == "MatMul" && Domain.Length == 0 && Inputs.Count == 2 && Outputs.Count == 1
            && tensors.TryGetValue(Inputs[1], out var weight) && weight.Tensor.Dims.Count == 2
                ? Inputs[1]
                : null;

        public byte[] AsDynamicQuantizeMatMul() => Message(w =>
        {
            var weight = Inputs[1];
            foreach (var input in new[] { Inputs[0], weight + "__int8", weight + "__scale", weight + "__zero" })
            {
                Protobuf.WriteBytesField(w, 1, Encoding.UTF8.GetBytes(input));
            }

            Protobuf.WriteBytesField(w, 2, Encoding.UTF8.GetBytes(Outputs[0]));
            Protobuf.WriteBytesField(w, 3, Encoding.UTF8.GetBytes(Name));
            Protobuf.WriteBytesField(w, 4, "DynamicQuantizeMatMul"u8);
            Protobuf.WriteBytesField(w, 7, "com.microsoft"u8);
        });
    }
}
