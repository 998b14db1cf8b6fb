using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using Cloud.Unum.USearch;

namespace Montenegro.Bot.Benchmarks;

/// <summary>
/// Where brute-force vector search stops being fast enough: top-10 by cosine over N random unit vectors of
/// 384 dimensions (the sentence embedder's size), one dot product per vector with TensorPrimitives and a
/// 10-entry min-heap, one query at a time on one thread, timed by wall clock and by the thread's CPU time.
/// With <c>--ann N</c>, also an HNSW index (USearch) over N vectors, for its build time, query latency and
/// recall@10 against the exact answer. The HNSW vectors are clustered (points scattered around a few thousand
/// centres), as sentence embeddings are; uniformly random directions in 384 dimensions have no neighbourhoods
/// for a graph to follow and are the worst case for any approximate index.
/// </summary>
internal static class VectorScanSurvey
{
    private const int Dimensions = 384;
    private const int K = 10;
    private const int Clusters = 2_000;

    public static void Run(IReadOnlyList<int> sizes, int? annSize)
    {
        var inv = CultureInfo.InvariantCulture;
        var random = new Random(384);
        var queries = Enumerable.Range(0, 200).Select(_ => UnitVector(random)).ToArray();
        Console.WriteLine("| vectors | memory | brute-force p50 / p99 wall | p50 / p99 CPU | load avg |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var vectors = new float[(long)size * Dimensions];
            var generator = new Random(size);
            for (var i = 0; i < size; i++)
            {
                FillUnit(vectors.AsSpan(i * Dimensions, Dimensions), generator);
            }

            var scan = new BruteForce(vectors, size);
            var rounds = size >= 1_000_000 ? 60 : 200;
            for (var i = 0; i < 5; i++)
            {
                scan.Top(queries[i]);
            }

            var wall = new List<double>(rounds);
            var cpu = new List<double>(rounds);
            for (var i = 0; i < rounds; i++)
            {
                var startCpu = ThreadCpuClock.Now;
                var start = Stopwatch.GetTimestamp();
                scan.Top(queries[i]);
                wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                cpu.Add(ThreadCpuClock.Now - startCpu);
            }

            var (w, c) = (new Percentiles(wall), new Percentiles(cpu));
            Console.WriteLine(string.Create(inv, $"| {size:N0} | {vectors.LongLength * sizeof(float) / 1048576.0:F0} MB | {w.P50:F2} / {w.P99:F2} ms | {c.P50:F2} / {c.P99:F2} ms | {ProcessMemory.LoadAverage} |"));
        }

        if (annSize is { } n)
        {
            RunAnn(n);
        }
    }

    private static void RunAnn(int size)
    {
        var inv = CultureInfo.InvariantCulture;
        var random = new Random(16);
        var centres = Enumerable.Range(0, Clusters).Select(_ => UnitVector(random)).ToArray();
        var vectors = new float[(long)size * Dimensions];
        for (var i = 0; i < size; i++)
        {
            Clustered(vectors.AsSpan(i * Dimensions, Dimensions), centres, random);
        }

        var queries = Enumerable.Range(0, 200).Select(_ =>
        {
            var query = new float[Dimensions];
            Clustered(query, centres, random);
            return query;
        }).ToArray();
        var exact = new BruteForce(vectors, size);

        var clock = Stopwatch.StartNew();
        var cpuBefore = ThreadCpuClock.Now;
        using var index = new USearchIndex(MetricKind.Cos, ScalarKind.Float32, Dimensions, connectivity: 16, expansionAdd: 64, expansionSearch: 64);
        var row = new float[Dimensions];
        for (var i = 0; i < size; i++)
        {
            vectors.AsSpan(i * Dimensions, Dimensions).CopyTo(row);
            index.Add((ulong)i, row);
        }

        var build = clock.Elapsed.TotalSeconds;
        var buildCpu = (ThreadCpuClock.Now - cpuBefore) / 1000;
        var wall = new List<double>();
        var cpu = new List<double>();
        var found = 0;
        foreach (var query in queries)
        {
            var startCpu = ThreadCpuClock.Now;
            var start = Stopwatch.GetTimestamp();
            index.Search(query, K, out var keys, out _);
            wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            cpu.Add(ThreadCpuClock.Now - startCpu);
            var truth = exact.Top(query).ToHashSet();
            found += keys.Count(k => truth.Contains((int)k));
        }

        var (w, c) = (new Percentiles(wall), new Percentiles(cpu));
        Console.WriteLine(string.Create(inv,
            $"HNSW (USearch, M=16, ef_add=64, ef_search=64) over {size:N0} clustered vectors: build {build:F1} s wall ({buildCpu:F1} s CPU, one thread), query p50 / p99 {w.P50:F3} / {w.P99:F3} ms wall, {c.P50:F3} / {c.P99:F3} ms CPU, recall@10 {found / (double)(queries.Length * K):P1} (load {ProcessMemory.LoadAverage})"));
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
            vector[i] = Gaussian(random);
        }

        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
    }

    // A point near one of the centres: the centre plus Gaussian noise of about the same length, normalised.
    private static void Clustered(Span<float> vector, float[][] centres, Random random)
    {
        var centre = centres[random.Next(centres.Length)];
        var noise = (float)(1.0 / Math.Sqrt(Dimensions));
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = centre[i] + (noise * Gaussian(random));
        }

        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
    }

    private static float Gaussian(Random random) =>
        (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));

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
