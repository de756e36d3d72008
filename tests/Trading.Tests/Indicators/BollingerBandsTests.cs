using SmartMarket.Trading.Indicators;

namespace Trading.Tests.Indicators;

public class BollingerBandsTests
{
    [Fact]
    public void Bollinger_WithHandComputedValues_UsesPopulationDeviation()
    {
        // Window 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population variance 4, σ 2.
        var bands = new BollingerBands(8, 2);
        foreach (var v in new double[] { 2, 4, 4, 4, 5, 5, 7, 9 })
            bands.Update(v);

        Assert.Equal(5, bands.Middle, 12);
        Assert.Equal(2, bands.StandardDeviation, 12);
        Assert.Equal(9, bands.Upper, 12);
        Assert.Equal(1, bands.Lower, 12);
    }

    [Fact]
    public void Bollinger_OnFixedSeries_MatchesSmaAndPopulationDeviation()
    {
        var prices = TestSeries.Prices(300);
        var sma = ReferenceIndicators.Sma(prices, 20);
        var sd = ReferenceIndicators.StdDev(prices, 20, sample: false);
        var upper = sma.Select((m, i) => m + 2.5 * sd[i]).ToArray();
        var lower = sma.Select((m, i) => m - 2.5 * sd[i]).ToArray();

        IndicatorRun.AssertMatches(sma, IndicatorRun.Values(new BollingerBands(20, 2.5), prices));
        IndicatorRun.AssertMatches(upper, IndicatorRun.Values(new BollingerBands(20, 2.5), prices, b => b.Upper));
        IndicatorRun.AssertMatches(lower, IndicatorRun.Values(new BollingerBands(20, 2.5), prices, b => b.Lower));
    }

    [Theory]
    [InlineData(0, 2.0, "period")]
    [InlineData(20, 0.0, "width")]
    [InlineData(20, -1.0, "width")]
    [InlineData(20, double.NaN, "width")]
    public void Bollinger_WithBadArguments_ThrowsNamingTheArgument(int period, double width, string name) =>
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => new BollingerBands(period, width)).ParamName);
}
