using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using Cloud.Unum.USearch;

namespace Montenegro.Bot.Benchmarks;

/// <summary>
/// Where brute-force vector search stops being fast enough: top-10 by cosine over N random unit vectors of
/// 384 dimensions (the sentence embedder's size), one dot product per vector with TensorPrimitives and a
/// 10-entry min-heap, one query at a time on one thread. With <c>--ann</c>, also an HNSW index (USearch) over
/// the largest size that builds in reasonable time, for its query latency, build time and recall against the
/// exact answer.
/// </summary>
internal static class VectorScanSurvey
{
    private const int Dimensions = 384;
    private const int K = 10;
    private const int LargestAnn = 100_000;

    public static void Run(IReadOnlyList<int> sizes, bool ann)
    {
        var inv = CultureInfo.InvariantCulture;
        var random = new Random(384);
        var queries = Enumerable.Range(0, 200).Select(_ => UnitVector(random)).ToArray();
        Console.WriteLine("| vectors | memory | brute-force p50 | p99 | load avg |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var vectors = RandomUnitVectors(size, new Random(size));
            var scan = new BruteForce(vectors, size);
            var rounds = size >= 1_000_000 ? 60 : 200;
            for (var i = 0; i < 5; i++)
            {
                scan.Top(queries[i]);
            }

            var samples = new List<double>(rounds);
            for (var i = 0; i < rounds; i++)
            {
                var start = Stopwatch.GetTimestamp();
                scan.Top(queries[i]);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            var timings = new Percentiles(samples);
            Console.WriteLine(string.Create(inv, $"| {size:N0} | {vectors.LongLength * sizeof(float) / 1048576.0:F0} MB | {timings.P50:F2} ms | {timings.P99:F2} ms | {ProcessMemory.LoadAverage} |"));
            if (ann && size <= LargestAnn && size == sizes.Where(s => s <= LargestAnn).Max())
            {
                RunAnn(vectors, size, scan, queries);
            }
        }
    }

    private static void RunAnn(float[] vectors, int size, BruteForce exact, float[][] queries)
    {
        var inv = CultureInfo.InvariantCulture;
        var clock = Stopwatch.StartNew();
        using var index = new USearchIndex(MetricKind.Cos, ScalarKind.Float32, Dimensions, connectivity: 16, expansionAdd: 128, expansionSearch: 64);
        var row = new float[Dimensions];
        for (var i = 0; i < size; i++)
        {
            vectors.AsSpan(i * Dimensions, Dimensions).CopyTo(row);
            index.Add((ulong)i, row);
        }

        var build = clock.Elapsed.TotalSeconds;
        var samples = new List<double>();
        var found = 0;
        foreach (var query in queries)
        {
            var start = Stopwatch.GetTimestamp();
            index.Search(query, K, out var keys, out _);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            var truth = exact.Top(query).ToHashSet();
            found += keys.Count(k => truth.Contains((int)k));
        }

        var timings = new Percentiles(samples);
        Console.WriteLine(string.Create(inv,
            $"HNSW (USearch, M=16, ef_add=128, ef_search=64) over {size:N0}: build {build:F1} s on one thread, query p50 {timings.P50:F3} ms, p99 {timings.P99:F3} ms, recall@10 {found / (double)(queries.Length * K):P1} (load {ProcessMemory.LoadAverage})"));
    }

    private static float[] RandomUnitVectors(int count, Random random)
    {
        var vectors = new float[(long)count * Dimensions];
        for (var i = 0; i < count; i++)
        {
            FillUnit(vectors.AsSpan(i * Dimensions, Dimensions), random);
        }

        return vectors;
    }

    private static float[] UnitVector(Random random)
    {
        var vector = new float[Dimensions];
        FillUnit(vector, random);
        return vector;
    }

    // Gaussian components (Box-Muller) scaled to unit length: directions uniform on the sphere.
    private static void FillUnit(Span<float> vector, Random random)
    {
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        }

        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
    }

    /// <summary>Exact top-k by dot product (cosine, for unit vectors) over every row.</summary>
    private sealed class BruteForce(float[] vectors, int count)
    {
        public int[] Top(float[] query)
        {
            var best = new PriorityQueue<int, float>(K + 1);
            for (var row = 0; row < count; row++)
            {
                var score = TensorPrimitives.Dot(vectors.AsSpan(row * Dimensions, Dimensions), query);
                if (best.Count < K)
                {
                    best.Enqueue(row, score);
                }
                else if (best.TryPeek(out _, out var weakest) && score > weakest)
                {
                    best.DequeueEnqueue(row, score);
                }
            }

            var rows = new int[best.Count];
            for (var i = rows.Length - 1; i >= 0; i--)
            {
                rows[i] = best.Dequeue();
            }

            return rows;
        }
    }
}
