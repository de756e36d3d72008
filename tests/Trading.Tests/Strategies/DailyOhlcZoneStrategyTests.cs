using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;
using Trading.Tests.Smc;

namespace Trading.Tests.Strategies;

public class DailyOhlcZoneStrategyTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly DateTime Day2 = TestCandles.Start.AddDays(1);

    [Fact]
    public void WickThroughPreviousDayLowClosingBackAbove_BuysOncePerDay()
    {
        var candles = Candles();
        var strategy = new DailyOhlcZoneStrategy(Btc, new DailyOhlcZoneStrategyOptions { AtrPeriod = 5 }, new SymbolSettings(0, 0.03m));

        var signals = StrategyRun.Feed(strategy, candles);

        var signal = Assert.Single(signals);
        var atr = NaiveIndicators.Atr(candles[..27], 5);
        var stop = 95.9 - 0.1 * atr;
        var risk = 97.8 - stop;
        Assert.Equal((Side.Buy, Day2.AddHours(3), 97.8m), (signal.Side, signal.Time, signal.Entry));
        Assert.Equal(stop, (double)signal.Stop, 1e-6);
        // The previous day's open and close (100) are 2.2 away, more than one risk and less than two: first target.
        Assert.Equal(2, signal.Targets.Count);
        Assert.Equal(100m, signal.Targets[0]);
        Assert.Equal(97.8 + 2 * risk, (double)signal.Targets[1], 1e-6);
        // The low 96 was touched by one bar on the first completed day (ratio 1): score 0 x 0.5 + 0.5 x 0.5 = 0.25.
        // Confluence at 96: near a daily level (0.15) and at the bottom of the range 96..104, discount (0.20); there
        // is no trend yet and no bullish block or gap: 0.35. Confidence 0.4 + 0.25 x 0.25 + 0.35 x 0.35.
        Assert.Equal(0.4 + 0.25 * 0.25 + 0.35 * 0.35, signal.Confidence, 12);
        Assert.Contains("previous day low 96 (weak, 1 touches)", signal.Reason);
    }

    [Fact]
    public void LevelsOfTheDayBeingBuilt_AreNotUsedBeforeItEnds()
    {
        // The same rejection on the first day itself has no previous day to react to.
        var strategy = new DailyOhlcZoneStrategy(Btc, new DailyOhlcZoneStrategyOptions { AtrPeriod = 5 }, new SymbolSettings(0, 0.03m));

        var signals = StrategyRun.Feed(strategy, Candles()[..24]);

        Assert.Empty(signals);
    }

    /// <summary>
    /// Day 1: hourly bars 99..101 around 100, except a high of 104 at 10:00 and a low of 96 at 15:00; it opens and
    /// closes at 100. Day 2: two quiet bars, then at 02:00 a bar that opens at 97.5, wicks to 95.9 and closes at 97.8
    /// (lower wick 1.6 of a 2.1 range), then at 03:00 the same pattern again.
    /// </summary>
    private static Candle[] Candles()
    {
        var candles = new List<Candle>();
        for (var i = 0; i < 24; i++)
            candles.Add(new Candle(TestCandles.Start.AddHours(i), 100m, i == 10 ? 104m : 101m, i == 15 ? 96m : 99m, 100m, 1m));
        candles.Add(new Candle(Day2, 100m, 100.5m, 99.5m, 99.6m, 1m));
        candles.Add(new Candle(Day2.AddHours(1), 99.6m, 99.7m, 97.4m, 97.5m, 1m));
        candles.Add(new Candle(Day2.AddHours(2), 97.5m, 98m, 95.9m, 97.8m, 1m));
        candles.Add(new Candle(Day2.AddHours(3), 97.8m, 98.2m, 95.95m, 98m, 1m));
        return [.. candles];
    }
}
