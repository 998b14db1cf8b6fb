using System.Buffers.Binary;

namespace Montenegro.Bot.Tests.Charts;

/// <summary>Reads what a PNG file says about itself: its signature and the size in its IHDR chunk.</summary>
internal static class Png
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height from the IHDR chunk, which must come first; fails the test when the bytes are not a PNG.</summary>
    public static (int Width, int Height) Size(byte[] png)
    {
        Assert.True(png.Length > 33, $"A PNG has at least 33 bytes; got {png.Length}.");
        Assert.Equal(Signature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    /// <summary>True when the last chunk is IEND: the file was written whole.</summary>
    public static bool EndsWithIend(byte[] png) =>
        png.Length >= 12 && System.Text.Encoding.ASCII.GetString(png, png.Length - 8, 4) == "IEND";
}
