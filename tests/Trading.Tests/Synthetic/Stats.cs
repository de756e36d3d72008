namespace Trading.Tests.Synthetic;

/// <summary>Plain sample statistics for checking generated series.</summary>
internal static class Stats
{
    public static double Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    public static double Autocorrelation(double[] x, int lag) => Correlation(x[..^lag], x[lag..]);

    public static double[] LogReturns(IReadOnlyList<decimal> prices) =>
        Enumerable.Range(1, prices.Count - 1).Select(i => Math.Log((double)prices[i] / (double)prices[i - 1])).ToArray();
}
