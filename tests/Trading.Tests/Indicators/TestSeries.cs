namespace Trading.Tests.Indicators;

/// <summary>Fixed, seeded price series for indicator tests.</summary>
internal static class TestSeries
{
    /// <summary>A positive random walk around <paramref name="start"/>, with flat stretches to exercise ties.</summary>
    public static double[] Prices(int count, int seed = 7, double start = 100.0)
    {
        var random = new Random(seed);
        var prices = new double[count];
        var price = start;
        for (var i = 0; i < count; i++)
        {
            if (random.Next(10) != 0) // one bar in ten does not move
                price *= 1.0 + (random.NextDouble() - 0.5) * 0.04;
            prices[i] = price;
        }
        return prices;
    }

    /// <summary>Bars (high, low, close) with gaps between one close and the next range, so true range differs from high - low.</summary>
    public static (double High, double Low, double Close)[] Bars(int count, int seed = 11)
    {
        var random = new Random(seed);
        var bars = new (double, double, double)[count];
        var close = 50.0;
        for (var i = 0; i < count; i++)
        {
            var open = close * (1.0 + (random.NextDouble() - 0.5) * 0.06);
            var next = open * (1.0 + (random.NextDouble() - 0.5) * 0.04);
            var high = Math.Max(open, next) * (1.0 + random.NextDouble() * 0.01);
            var low = Math.Min(open, next) * (1.0 - random.NextDouble() * 0.01);
            bars[i] = (high, low, next);
            close = next;
        }
        return bars;
    }

    /// <summary>Asserts |expected - actual| is within a relative (or, near zero, absolute) tolerance.</summary>
    public static void Close(double expected, double actual, double relative = 1e-9)
    {
        var tolerance = relative * Math.Max(1.0, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected:R}, got {actual:R}");
    }
}
