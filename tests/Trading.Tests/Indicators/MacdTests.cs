using SmartMarket.Trading.Indicators;

namespace Trading.Tests.Indicators;

public class MacdTests
{
    [Theory]
    [InlineData(12, 26, 9)]
    [InlineData(3, 5, 2)]
    public void Macd_OnFixedSeries_MatchesEmaDifferencesAndSignal(int fast, int slow, int signal)
    {
        var prices = TestSeries.Prices(300);
        var fastEma = ReferenceIndicators.Ema(prices, fast);
        var slowEma = ReferenceIndicators.Ema(prices, slow);
        var line = new double[prices.Length];
        for (var i = 0; i < prices.Length; i++)
            line[i] = fastEma[i] - slowEma[i];
        var signalLine = ReferenceIndicators.Ema(line, signal, slow - 1);
        var expectedLine = new double[prices.Length];
        var expectedHistogram = new double[prices.Length];
        for (var i = 0; i < prices.Length; i++)
        {
            var ready = !double.IsNaN(signalLine[i]);
            expectedLine[i] = ready ? line[i] : double.NaN;
            expectedHistogram[i] = ready ? line[i] - signalLine[i] : double.NaN;
        }

        IndicatorRun.AssertMatches(expectedLine, IndicatorRun.Values(new Macd(fast, slow, signal), prices));
        IndicatorRun.AssertMatches(signalLine, IndicatorRun.Values(new Macd(fast, slow, signal), prices, m => m.Signal));
        IndicatorRun.AssertMatches(expectedHistogram, IndicatorRun.Values(new Macd(fast, slow, signal), prices, m => m.Histogram));
    }

    [Fact]
    public void Macd_BecomesReadyAfterSlowPlusSignalMinusOneValues()
    {
        var macd = new Macd(3, 5, 4);
        for (var i = 0; i < 7; i++)
        {
            macd.Update(100 + i);
            Assert.False(macd.IsReady);
        }
        macd.Update(107);
        Assert.True(macd.IsReady);
    }

    [Theory]
    [InlineData(0, 26, 9, "fastPeriod")]
    [InlineData(12, 26, 0, "signalPeriod")]
    [InlineData(12, 12, 9, "slowPeriod")]
    [InlineData(12, 5, 9, "slowPeriod")]
    public void Macd_WithBadPeriods_ThrowsNamingTheArgument(int fast, int slow, int signal, string name) =>
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => new Macd(fast, slow, signal)).ParamName);
}
