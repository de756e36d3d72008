using System.Diagnostics;

namespace Benchmarks.Pipeline;

/// <summary>Nearest-rank percentiles of Stopwatch durations, in microseconds.</summary>
public static class Percentiles
{
    public static double Of(List<long> durations, double quantile)
    {
        if (durations.Count == 0)
            return double.NaN;
        var sorted = durations.ToArray();
        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(quantile * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)] * 1e6 / Stopwatch.Frequency;
    }
}
