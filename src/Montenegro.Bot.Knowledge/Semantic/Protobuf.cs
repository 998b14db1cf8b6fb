namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>Just enough of the protobuf wire format to walk a message's fields and write new ones.</summary>
internal static class Protobuf
{
    public const int Varint = 0;
    public const int Fixed64 = 1;
    public const int LengthDelimited = 2;
    public const int Fixed32 = 5;

    /// <summary>The top-level fields of a message, in order.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a well-formed message.</exception>
    public static List<Field> Fields(ReadOnlySpan<byte> message)
    {
        var fields = new List<Field>();
        var position = 0;
        while (position < message.Length)
        {
            var start = position;
            var tag = ReadVarint(message, ref position);
            var number = (int)(tag >> 3);
            var wireType = (int)(tag & 7);
            ulong value = 0;
            int payloadStart = position, payloadLength = 0;
            switch (wireType)
            {
                case Varint:
                    value = ReadVarint(message, ref position);
                    break;
                case Fixed64:
                    Need(message, position, 8);
                    value = BitConverter.ToUInt64(message.Slice(position, 8));
                    position += 8;
                    break;
                case LengthDelimited:
                    var length = ReadVarint(message, ref position);
                    if (length > (ulong)(message.Length - position))
                    {
                        throw new InvalidDataException($"A field at byte {start} is longer than its message.");
                    }

                    payloadStart = position;
                    payloadLength = (int)length;
                    position += payloadLength;
                    break;
                case Fixed32:
                    Need(message, position, 4);
                    value = BitConverter.ToUInt32(message.Slice(position, 4));
                    position += 4;
                    break;
                default:
                    throw new InvalidDataException($"Unknown wire type {wireType} at byte {start}.");
            }

            if (number == 0)
            {
                throw new InvalidDataException($"Field number 0 at byte {start}.");
            }

            fields.Add(new Field(number, wireType, value, start, position - start, payloadStart, payloadLength));
        }

        return fields;
    }

    /// <summary>The values of a packed repeated varint field.</summary>
    public static List<ulong> PackedVarints(ReadOnlySpan<byte> payload)
    {
        var values = new List<ulong>();
        var position = 0;
        while (position < payload.Length)
        {
            values.Add(ReadVarint(payload, ref position));
        }

        return values;
    }

    public static void WriteVarintField(Stream output, int number, ulong value)
    {
        WriteVarint(output, ((ulong)number << 3) | Varint);
        WriteVarint(output, value);
    }

    public static void WriteBytesField(Stream output, int number, ReadOnlySpan<byte> payload)
    {
        WriteVarint(output, ((ulong)number << 3) | LengthDelimited);
        WriteVarint(output, (ulong)payload.Length);
        output.Write(payload);
    }

    public static void WriteTag(Stream output, int number, int wireType) => WriteVarint(output, ((ulong)number << 3) | (uint)wireType);

    public static void WriteVarint(Stream output, ulong value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> message, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            Need(message, position, 1);
            var b = message[position++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException($"A varint at byte {position} is longer than 10 bytes.");
    }

    private static void Need(ReadOnlySpan<byte> message, int position, int count)
    {
        if (position + count > message.Length)
        {
            throw new InvalidDataException("The message ends inside a field.");
        }
    }

    /// <summary>One field: its number, wire type, varint or fixed value, and where its bytes and payload are.</summary>
    public readonly record struct Field(int Number, int WireType, ulong Value, int Start, int Length, int PayloadStart, int PayloadLength)
    {
        /// <summary>The whole field, tag included, as it was encoded.</summary>
        public ReadOnlySpan<byte> Raw(ReadOnlySpan<byte> message) => message.Slice(Start, Length);

        /// <summary>A length-delimited field's contents.</summary>
        public ReadOnlySpan<byte> Payload(ReadOnlySpan<byte> message) => message.Slice(PayloadStart, PayloadLength);
    }
}
