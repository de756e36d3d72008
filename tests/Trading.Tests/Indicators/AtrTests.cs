using SmartMarket.Trading.Indicators;
using SmartMarket.Trading.MarketData;

namespace Trading.Tests.Indicators;

public class AtrTests
{
    [Fact]
    public void Atr_WithHandComputedValues_UsesTrueRangeAndWilderSmoothing()
    {
        // TRs: 2 (first bar: high - low); max(1, |12-9|, |11-9|) = 3; max(2, |14-12|, |12-12|) = 2.
        // period 2: first ATR (2 + 3) / 2 = 2.5; next (2.5 · 1 + 2) / 2 = 2.25.
        var atr = new Atr(2);
        atr.Update(10, 8, 9);
        Assert.False(atr.IsReady);
        Assert.Equal(2, atr.TrueRange);
        atr.Update(12, 11, 12);
        Assert.Equal(3, atr.TrueRange);
        Assert.Equal(2.5, atr.Value);
        atr.Update(14, 12, 13);
        Assert.Equal(2.25, atr.Value);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(14)]
    public void Atr_OnFixedBars_MatchesReferenceValues(int period)
    {
        var bars = TestSeries.Bars(400);
        var expected = ReferenceIndicators.Atr(bars, period);
        var atr = new Atr(period);
        var actual = new double[bars.Length];
        for (var i = 0; i < bars.Length; i++)
        {
            atr.Update(bars[i].High, bars[i].Low, bars[i].Close);
            actual[i] = atr.Value;
            Assert.Equal(i >= period - 1, atr.IsReady);
        }

        IndicatorRun.AssertMatches(expected, actual);
    }

    [Fact]
    public void Atr_FedCandles_EqualsAtrFedDoubles()
    {
        var time = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var fromCandles = new Atr(3);
        var fromDoubles = new Atr(3);
        foreach (var (h, l, c) in new[] { (10.5m, 9.25m, 10m), (11m, 9.75m, 10.75m), (12.5m, 10m, 12m), (12m, 11m, 11.5m) })
        {
            fromCandles.Update(new Candle(time, l, h, l, c, 1m));
            fromDoubles.Update((double)h, (double)l, (double)c);
        }
        Assert.Equal(fromDoubles.Value, fromCandles.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Atr_WithNonPositivePeriod_ThrowsNamingPeriod(int period) =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new Atr(period)).ParamName);

    [Fact]
    public void Atr_WithHighBelowLow_ThrowsNamingHighAndKeepsState()
    {
        var atr = new Atr(1);
        atr.Update(10, 8, 9);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => atr.Update(7, 8, 7.5));

        Assert.Equal("high", error.ParamName);
        Assert.Equal(2, atr.Value);
        atr.Update(12, 11, 11); // TR from the kept close 9: max(1, 3, 2)
        Assert.Equal(3, atr.Value);
    }

    [Fact]
    public void Atr_WithNaNLow_ThrowsNamingLow() =>
        Assert.Equal("low", Assert.Throws<ArgumentOutOfRangeException>(() => new Atr(3).Update(1, double.NaN, 1)).ParamName);
}
