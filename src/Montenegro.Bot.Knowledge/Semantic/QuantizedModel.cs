using System.Buffers.Binary;
using System.Text;

namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>
/// Rewrites an ONNX model so that every MatMul with a constant 2-D weight becomes ONNX Runtime's
/// DynamicQuantizeMatMul over 8-bit weights (symmetric, one scale per output column): the activations are
/// quantized on the fly, and the product runs on integer kernels (VNNI where the CPU has it). A weight
/// used by anything else as well keeps its float copy for those uses.
/// </summary>
/// <remarks>Field numbers are those of onnx.proto; see <see cref="HalfPrecisionModel"/> for the approach.</remarks>
internal static class QuantizedModel
{
    private const int FloatType = 1;
    private const int Int8Type = 3;

    /// <summary>The model with its constant-weight MatMuls quantized; an opset import of com.microsoft is added.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a protobuf-encoded ONNX model.</exception>
    public static byte[] Convert(ReadOnlySpan<byte> model)
    {
        using var output = new MemoryStream(model.Length / 3);
        using (var opset = new MemoryStream())
        {
            Protobuf.WriteBytesField(opset, 1, "com.microsoft"u8);
            Protobuf.WriteVarintField(opset, 2, 1);
            Protobuf.WriteBytesField(output, 8, opset.ToArray());
        }

        foreach (var field in Protobuf.Fields(model))
        {
            if (field.Number == 7 && field.WireType == Protobuf.LengthDelimited)
            {
                Protobuf.WriteBytesField(output, 7, ConvertGraph(field.Payload(model)));
            }
            else
            {
                output.Write(field.Raw(model));
            }
        }

        return output.ToArray();
    }

    private static byte[] ConvertGraph(ReadOnlySpan<byte> graph)
    {
        var fields = Protobuf.Fields(graph);
        var weights = new Dictionary<string, (int Index, long Rows, long Columns)>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Number == 5 && Matrix(fields[i].Payload(graph)) is { } m)
            {
                weights[m.Name] = (i, m.Rows, m.Columns);
            }
        }

        // Which weights feed a MatMul as its second input, and how often each is used at all.
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        var quantizable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields.Where(f => f.Number == 1))
        {
            var node = Node.Parse(field.Payload(graph));
            foreach (var input in node.Inputs)
            {
                uses[input] = uses.GetValueOrDefault(input) + 1;
            }

            if (node.OpType == "MatMul" && node.Domain.Length == 0 && node.Inputs.Count == 2 && weights.ContainsKey(node.Inputs[1]))
            {
                quantizable.Add(node.Inputs[1]);
            }
        }

        using var output = new MemoryStream(graph.Length / 3);
        var written = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var payload = field.Payload(graph);
            if (field.Number == 1)
            {
                var node = Node.Parse(payload);
                if (node.OpType == "MatMul" && node.Domain.Length == 0 && node.Inputs.Count == 2 && quantizable.Contains(node.Inputs[1]))
                {
                    var weight = node.Inputs[1];
                    if (written.Add(weight))
                    {
                        var (index, rows, columns) = weights[weight];
                        foreach (var tensor in Quantize(fields[index].Payload(graph), weight, rows, columns))
                        {
                            Protobuf.WriteBytesField(output, 5, tensor);
                        }
                    }

                    Protobuf.WriteBytesField(output, 1, node.Rewritten(weight));
                    continue;
                }
            }
            else if (field.Number == 5 && Matrix(payload) is { } m && quantizable.Contains(m.Name) && uses.GetValueOrDefault(m.Name) == CountMatMulUses(fields, graph, m.Name))
            {
                continue;
            }

            output.Write(field.Raw(graph));
        }

        return output.ToArray();
    }

    private static int CountMatMulUses(List<Protobuf.Field> fields, ReadOnlySpan<byte> graph, string name)
    {
        var count = 0;
        foreach (var field in fields.Where(f => f.Number == 1))
        {
            var node = Node.Parse(field.Payload(graph));
            if (node.OpType == "MatMul" && node.Domain.Length == 0 && node.Inputs.Count == 2 && node.Inputs[1] == name)
            {
                count++;
            }
        }

        return count;
    }

    private static (string Name, long Rows, long Columns)? Matrix(ReadOnlySpan<byte> tensor)
    {
        var dims = new List<long>();
        int dataType = 0;
        string? name = null;
        var hasRaw = false;
        foreach (var field in Protobuf.Fields(tensor))
        {
            switch (field.Number)
            {
                case 1 when field.WireType == Protobuf.Varint: dims.Add((long)field.Value); break;
                case 1: dims.AddRange(Protobuf.PackedVarints(field.Payload(tensor)).Select(v => (long)v)); break;
                case 2: dataType = (int)field.Value; break;
                case 8: name = Encoding.UTF8.GetString(field.Payload(tensor)); break;
                case 9: hasRaw = true; break;
                default: return null;
            }
        }

        return dataType == FloatType && hasRaw && name is not null && dims.Count == 2 ? (name, dims[0], dims[1]) : null;
    }

    private static byte[][] Quantize(ReadOnlySpan<byte> tensor, string name, long rows, long columns)
    {
        ReadOnlySpan<byte> raw = default;
        foreach (var field in Protobuf.Fields(tensor))
        {
            if (field.Number == 9)
            {
                raw = field.Payload(tensor);
            }
        }

        var scales = new float[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var v = Math.Abs(BinaryPrimitives.ReadSingleLittleEndian(raw[(int)((r * columns + c) * 4)..]));
                scales[c] = Math.Max(scales[c], v);
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
                var v = BinaryPrimitives.ReadSingleLittleEndian(raw[(int)((r * columns + c) * 4)..]);
                quantized[r * columns + c] = (byte)(sbyte)Math.Clamp(MathF.Round(v / scales[c]), -127, 127);
            }
        }

        var scaleBytes = new byte[columns * 4];
        for (var c = 0; c < columns; c++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(scaleBytes.AsSpan(c * 4), scales[c]);
        }

        return
        [
            Tensor(name + "__q", Int8Type, [rows, columns], quantized),
            Tensor(name + "__scale", FloatType, [columns], scaleBytes),
            Tensor(name + "__zero", Int8Type, [columns], new byte[columns]),
        ];
    }

    private static byte[] Tensor(string name, int type, long[] dims, byte[] raw)
    {
        using var output = new MemoryStream(raw.Length + 64);
        foreach (var dim in dims)
        {
            Protobuf.WriteVarintField(output, 1, (ulong)dim);
        }

        Protobuf.WriteVarintField(output, 2, (ulong)type);
        Protobuf.WriteBytesField(output, 8, Encoding.UTF8.GetBytes(name));
        Protobuf.WriteBytesField(output, 9, raw);
        return output.ToArray();
    }

    private sealed record Node(List<string> Inputs, List<string> Outputs, string Name, string OpType, string Domain)
    {
        public static Node Parse(ReadOnlySpan<byte> node)
        {
            var inputs = new List<string>();
            var outputs = new List<string>();
            string name = string.Empty, opType = string.Empty, domain = string.Empty;
            foreach (var field in Protobuf.Fields(node))
            {
                var text = field.WireType == Protobuf.LengthDelimited ? Encoding.UTF8.GetString(field.Payload(node)) : string.Empty;
                switch (field.Number)
                {
                    case 1: inputs.Add(text); break;
                    case 2: outputs.Add(text); break;
                    case 3: name = text; break;
                    case 4: opType = text; break;
                    case 7: domain = text; break;
                }
            }

            return new Node(inputs, outputs, name, opType, domain);
        }

        public byte[] Rewritten(string weight)
        {
            using var output = new MemoryStream();
            foreach (var input in new[] { Inputs[0], weight + "__q", weight + "__scale", weight + "__zero" })
            {
                Protobuf.WriteBytesField(output, 1, Encoding.UTF8.GetBytes(input));
            }

            foreach (var o in Outputs)
            {
                Protobuf.WriteBytesField(output, 2, Encoding.UTF8.GetBytes(o));
            }

            Protobuf.WriteBytesField(output, 3, Encoding.UTF8.GetBytes(Name));
            Protobuf.WriteBytesField(output, 4, "DynamicQuantizeMatMul"u8);
            Protobuf.WriteBytesField(output, 7, "com.microsoft"u8);
            return output.ToArray();
        }
    }
}
