using SmartMarket.Trading.Indicators;

namespace Trading.Tests.Indicators;

/// <summary>Feeds a series through an indicator and records every output.</summary>
internal static class IndicatorRun
{
    public static double[] Values(IIndicator indicator, double[] series) => Values(indicator, series, i => i.Value);

    public static double[] Values<T>(T indicator, double[] series, Func<T, double> output)
        where T : IIndicator
    {
        var values = new double[series.Length];
        for (var i = 0; i < series.Length; i++)
        {
            indicator.Update(series[i]);
            values[i] = output(indicator);
            Assert.Equal(indicator.IsReady, !double.IsNaN(values[i]));
        }
        return values;
    }

    public static void AssertMatches(double[] expected, double[] actual, double relative = 1e-9)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(expected[i]))
                Assert.True(double.IsNaN(actual[i]), $"index {i}: expected NaN, got {actual[i]}");
            else
                TestSeries.Close(expected[i], actual[i], relative);
        }
    }
}
