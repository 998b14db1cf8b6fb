namespace Montenegro.Bot.Benchmarks;

/// <summary>Nearest-rank percentiles of a set of timings.</summary>
internal sealed class Percentiles
{
    private readonly double[] _sorted;

    public Percentiles(IEnumerable<double> samples)
    {
        _sorted = samples.Order().ToArray();
        if (_sorted.Length == 0)
        {
            throw new ArgumentException("No samples.", nameof(samples));
        }
    }

    public int Count => _sorted.Length;

    public double P50 => At(0.50);

    public double P99 => At(0.99);

    public double Max => _sorted[^1];

    public double At(double p) => _sorted[(int)Math.Min(_sorted.Length - 1, Math.Max(0, Math.Ceiling(p * _sorted.Length) - 1))];

    public static double Median(IEnumerable<double> values) => new Percentiles(values).P50;
}
