namespace SmartMarket.Trading.Indicators;

/// <summary>Exact-as-possible recomputations over a full window, used to cancel the drift of running statistics.</summary>
internal static class WindowMath
{
    public static double Sum(double[] values)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
            sum += values[i];
        return sum;
    }

    /// <summary>Two-pass mean and sum of squared deviations: no cancellation, unlike sum-of-squares minus squared sum.</summary>
    public static (double Mean, double SquaredDeviations) MeanAndSquaredDeviations(double[] values)
    {
        var mean = Sum(values) / values.Length;
        var m2 = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var d = values[i] - mean;
            m2 += d * d;
        }
        return (mean, m2);
    }
}
