using SmartMarket.Trading.Indicators;

namespace Trading.Tests.Indicators;

public class SmaTests
{
    [Fact]
    public void Sma_WithHandComputedValues_AveragesTheLastPeriodValues()
    {
        var values = IndicatorRun.Values(new Sma(3), [1, 2, 3, 4, 5, 9]);

        IndicatorRun.AssertMatches([double.NaN, double.NaN, 2, 3, 4, 6], values);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    public void Sma_OnFixedSeries_MatchesNaiveAverage(int period)
    {
        var prices = TestSeries.Prices(500);

        IndicatorRun.AssertMatches(ReferenceIndicators.Sma(prices, period), IndicatorRun.Values(new Sma(period), prices));
    }

    [Fact]
    public void Sma_BeforePeriodValues_IsNotReady()
    {
        var sma = new Sma(4);
        for (var i = 0; i < 3; i++)
        {
            sma.Update(10);
            Assert.False(sma.IsReady);
            Assert.True(double.IsNaN(sma.Value));
        }
        sma.Update(10);
        Assert.True(sma.IsReady);
        Assert.Equal(10, sma.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Sma_WithNonPositivePeriod_ThrowsNamingPeriod(int period)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Sma(period));
        Assert.Equal("period", error.ParamName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Sma_WithNonFiniteValue_ThrowsAndKeepsItsState(double bad)
    {
        var sma = new Sma(2);
        sma.Update(1);
        sma.Update(3);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sma.Update(bad));

        Assert.Equal("value", error.ParamName);
        Assert.Equal(2, sma.Value);
    }

    [Fact]
    public void Sma_OverManyUpdatesOnALargeLevel_DoesNotDrift()
    {
        // Small moves on a level of 1e9: a plain running sum would lose the moves to rounding over time.
        var sma = new Sma(10);
        var last = new double[10];
        for (var i = 0; i < 200_000; i++)
        {
            var value = 1e9 + (i * 7919 % 1000) * 0.001;
            sma.Update(value);
            last[i % 10] = value;
        }
        var expected = 1e9 + last.Sum(v => v - 1e9) / 10;
        Assert.Equal(expected, sma.Value, 1e-6);
    }

    [Fact]
    public void Sma_AfterReset_RepeatsTheSameOutputs()
    {
        var prices = TestSeries.Prices(60);
        var sma = new Sma(7);
        var first = IndicatorRun.Values(sma, prices);
        sma.Reset();
        Assert.False(sma.IsReady);

        Assert.Equal(first, IndicatorRun.Values(sma, prices));
    }
}
