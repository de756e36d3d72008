using System.Numerics;

namespace VirtualActors.Metrics;

/// <summary>
/// A lock-free log-linear histogram of durations in nanoseconds: exact below 16 ns, then 16 buckets per power of two
/// (about 6 % resolution), up to about 18 minutes. Recording is one increment.
/// </summary>
public sealed class LatencyHistogram
{
    private const int SubBuckets = 16;
    private const int MaxExponent = 40;
    private readonly long[] _counts = new long[SubBuckets + (MaxExponent - 3) * SubBuckets];

    public void Record(long nanoseconds) => Interlocked.Increment(ref _counts[IndexOf(nanoseconds)]);

    /// <summary>Copies the counts (for windowed percentiles: subtract an earlier copy).</summary>
    public long[] Snapshot() => (long[])_counts.Clone();

    /// <summary>The value below which <paramref name="quantile"/> of the counts lie (bucket upper bound), in ns.</summary>
    public static double Percentile(ReadOnlySpan<long> counts, double quantile)
    {
        long total = 0;
        foreach (var c in counts)
            total += c;
        if (total == 0)
            return 0;
        var rank = (long)Math.Ceiling(quantile * total);
        long seen = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (seen >= rank)
                return UpperBound(i);
        }
        return UpperBound(counts.Length - 1);
    }

    internal static int IndexOf(long nanoseconds)
    {
        if (nanoseconds < SubBuckets)
            return nanoseconds < 0 ? 0 : (int)nanoseconds;
        var exponent = Math.Min(BitOperations.Log2((ulong)nanoseconds), MaxExponent);
        var sub = (int)((nanoseconds >> (exponent - 4)) & (SubBuckets - 1));
        return SubBuckets + (exponent - 4) * SubBuckets + sub;
    }

    internal static double UpperBound(int index)
    {
        if (index < SubBuckets)
            return index;
        var exponent = (index - SubBuckets) / SubBuckets + 4;
        var sub = (index - SubBuckets) % SubBuckets;
        return (double)(SubBuckets + sub + 1) * (1L << (exponent - 4));
    }
}
