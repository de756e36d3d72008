using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Smc;
using SmartMarket.Trading.Strategies;
using Trading.Tests.Smc;

namespace Trading.Tests.Strategies;

public class MultiTimeframeTrendStrategyTests
{
    private static readonly Symbol Btc = new("BTCUSDT");

    private static readonly MultiTimeframeTrendStrategyOptions Options = new()
    {
        FastEmaPeriod = 2, SlowEmaPeriod = 3, MinTrendSpreadAtr = 0.1, EntryEmaPeriod = 3, RsiPeriod = 2, AtrPeriod = 2,
    };

    [Fact]
    public void PullbackInAFourHourUptrend_BuysWhenAnHourCloseReclaimsTheEma()
    {
        var hourly = Candles();
        var strategy = new MultiTimeframeTrendStrategy(Btc, Options, new SymbolSettings(0, 0.03m));

        var signals = StrategyRun.Feed(strategy, hourly);

        var signal = Assert.Single(signals);
        Assert.Equal((Side.Buy, TestCandles.Start.AddHours(28), 122m), (signal.Side, signal.Time, signal.Entry));
        var decision = hourly[..28];
        var atr = NaiveIndicators.Atr(decision, 2);
        var stop = 118 - 0.2 * atr;
        var risk = 122 - stop;
        Assert.Equal(stop, (double)signal.Stop, 1e-5);
        Assert.Equal(122 + 1.5 * risk, (double)signal.Targets[0], 1e-5);
        Assert.Equal(122 + 3.0 * risk, (double)signal.Targets[1], 1e-5);

        // Only the six four-hour bars closed by then count: the seventh closes with the signal bar and comes after it.
        var fourHour = Enumerable.Range(0, 6).Select(k => Merge(hourly.Skip(4 * k).Take(4))).ToArray();
        var closes = fourHour.Select(c => (double)c.Close).ToArray();
        var spread = (NaiveIndicators.Ema(closes, 2) - NaiveIndicators.Ema(closes, 3)) / NaiveIndicators.Atr(fourHour, 2);
        var ema = NaiveIndicators.Ema(decision.Select(c => (double)c.Close).ToArray(), 3);
        var expected = 0.45 + 0.30 * Math.Min(1, spread / 2) + 0.25 * Math.Clamp((ema - 118) / atr, 0, 1);
        Assert.Equal(expected, signal.Confidence, 12);
        Assert.Equal(Bias.Bullish, strategy.Trend);
    }

    [Fact]
    public void Pullback_WithoutAnyFourHourBars_IsNotTraded()
    {
        var strategy = new MultiTimeframeTrendStrategy(Btc, Options, new SymbolSettings(0, 0.03m));

        foreach (var candle in Candles())
            Assert.Null(strategy.OnCandle(Timeframe.H1, candle));

        Assert.Equal(Bias.None, strategy.Trend);
    }

    /// <summary>
    /// 24 hourly bars climbing one point each (close 100..123, open = previous close, wicks of 0.5), then a pullback
    /// 121, 119.5, 118.5 with lows down to 118, then at 27:00 an up bar from 118.5 to 122.
    /// </summary>
    private static Candle[] Candles()
    {
        var rows = new List<(double, double, double, double)>();
        for (var i = 0; i < 24; i++)
            rows.Add((99 + i, 100.5 + i, 98.5 + i, 100 + i));
        rows.Add((123, 123.5, 120.5, 121));
        rows.Add((121, 121.5, 119, 119.5));
        rows.Add((119.5, 120, 118, 118.5));
        rows.Add((118.5, 122.5, 118, 122));
        return TestCandles.Hourly([.. rows]);
    }

    private static Candle Merge(IEnumerable<Candle> bars)
    {
        var list = bars.ToList();
        return new Candle(list[0].OpenTime, list[0].Open, list.Max(c => c.High), list.Min(c => c.Low), list[^1].Close, list.Sum(c => c.Volume));
    }
}
