using System.Numerics.Tensors;

namespace Montenegro.Bot.Knowledge.Tests.Semantic;

internal static class VectorAssert
{
    public static void UnitLength(ReadOnlySpan<float> vector)
    {
        foreach (var value in vector)
        {
            Assert.True(float.IsFinite(value), "the vector holds a value that is not a finite number");
        }

        Assert.InRange(TensorPrimitives.Norm(vector), 0.999f, 1.001f);
    }

    public static void Close(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        Assert.InRange(TensorPrimitives.CosineSimilarity(expected, actual), 0.9999f, 1.0001f);
    }
}
