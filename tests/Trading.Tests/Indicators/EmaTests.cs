using SmartMarket.Trading.Indicators;

namespace Trading.Tests.Indicators;

public class EmaTests
{
    [Fact]
    public void Ema_WithHandComputedValues_SeedsWithSmaThenSmooths()
    {
        // period 3: alpha = 0.5; seed = (2 + 4 + 6) / 3 = 4; then 0.5·8 + 0.5·4 = 6; then 0.5·2 + 0.5·6 = 4.
        var values = IndicatorRun.Values(new Ema(3), [2, 4, 6, 8, 2]);

        IndicatorRun.AssertMatches([double.NaN, double.NaN, 4, 6, 4], values);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(26)]
    public void Ema_OnFixedSeries_MatchesRecursiveReference(int period)
    {
        var prices = TestSeries.Prices(400);

        IndicatorRun.AssertMatches(ReferenceIndicators.Ema(prices, period), IndicatorRun.Values(new Ema(period), prices));
    }

    [Fact]
    public void Ema_BeforePeriodValues_IsNotReady()
    {
        var ema = new Ema(5);
        for (var i = 0; i < 4; i++)
            ema.Update(i);
        Assert.False(ema.IsReady);
        Assert.True(double.IsNaN(ema.Value));
        ema.Update(4);
        Assert.True(ema.IsReady);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Ema_WithNonPositivePeriod_ThrowsNamingPeriod(int period) =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new Ema(period)).ParamName);

    [Fact]
    public void Ema_WithNaN_ThrowsAndKeepsItsState()
    {
        var ema = new Ema(2);
        ema.Update(1);
        ema.Update(3);

        Assert.Throws<ArgumentOutOfRangeException>(() => ema.Update(double.NaN));

        Assert.Equal(2, ema.Value);
    }
}
