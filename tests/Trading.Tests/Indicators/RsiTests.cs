using SmartMarket.Trading.Indicators;

namespace Trading.Tests.Indicators;

public class RsiTests
{
    [Fact]
    public void Rsi_WithHandComputedValues_UsesWilderSmoothing()
    {
        // period 2, changes +1, -1, +2: first averages 0.5 / 0.5 -> 50;
        // then gain (0.5 + 2) / 2 = 1.25, loss (0.5 + 0) / 2 = 0.25 -> RS 5 -> 100 - 100 / 6.
        var values = IndicatorRun.Values(new Rsi(2), [1, 2, 1, 3]);

        IndicatorRun.AssertMatches([double.NaN, double.NaN, 50, 100 - 100.0 / 6], values);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(14)]
    public void Rsi_WithWilderSmoothing_MatchesReferenceValues(int period)
    {
        var prices = TestSeries.Prices(500);

        IndicatorRun.AssertMatches(ReferenceIndicators.Rsi(prices, period), IndicatorRun.Values(new Rsi(period), prices));
    }

    [Fact]
    public void Rsi_NeedsPeriodPlusOneValues()
    {
        var rsi = new Rsi(3);
        foreach (var price in new double[] { 1, 2, 3 })
        {
            rsi.Update(price);
            Assert.False(rsi.IsReady);
        }
        rsi.Update(4);
        Assert.True(rsi.IsReady);
        Assert.Equal(100, rsi.Value);
    }

    [Fact]
    public void Rsi_OnAFlatSeries_IsFifty()
    {
        var rsi = new Rsi(3);
        for (var i = 0; i < 10; i++)
            rsi.Update(42);
        Assert.Equal(50, rsi.Value);
    }

    [Fact]
    public void Rsi_OnAFallingSeries_IsZero()
    {
        var rsi = new Rsi(3);
        for (var i = 0; i < 10; i++)
            rsi.Update(100 - i);
        Assert.Equal(0, rsi.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-14)]
    public void Rsi_WithNonPositivePeriod_ThrowsNamingPeriod(int period) =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new Rsi(period)).ParamName);

    [Fact]
    public void Rsi_WithInfinity_ThrowsAndKeepsItsState()
    {
        var prices = TestSeries.Prices(30);
        var rsi = new Rsi(5);
        var before = IndicatorRun.Values(rsi, prices)[^1];

        Assert.Throws<ArgumentOutOfRangeException>(() => rsi.Update(double.NegativeInfinity));

        Assert.Equal(before, rsi.Value);
        var reference = new Rsi(5);
        IndicatorRun.Values(reference, [.. prices, 101]);
        rsi.Update(101);
        Assert.Equal(reference.Value, rsi.Value);
    }
}
