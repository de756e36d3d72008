using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;
using Trading.Tests.Smc;

namespace Trading.Tests.Strategies;

public class StrategyContractTests
{
    private static readonly Symbol Btc = new("BTCUSDT");

    [Fact]
    public void OnCandle_WithUndeclaredTimeframe_ThrowsNamingTheTimeframes()
    {
        var strategy = new MeanReversionStrategy(Btc);

        var error = Assert.Throws<ArgumentException>(() => strategy.OnCandle(Timeframe.H4, TestCandles.RandomWalk(1, 1, Timeframe.H4)[0]));

        Assert.Equal("timeframe", error.ParamName);
        Assert.Contains("mean-reversion takes 1h candles, not 4h", error.Message);
    }

    [Fact]
    public void OnCandle_WithRepeatedCandle_Throws_AndLeavesTheStrategyAsIfItNeverCame()
    {
        var candles = StrategyRun.Real("BTCUSDT-1h.csv", 3000);
        var clean = StrategyRun.Feed(new OrderBlockStrategy(Btc), candles);
        var strategy = new OrderBlockStrategy(Btc);
        StrategyRun.Feed(strategy, candles[..1500]);

        var error = Assert.Throws<ArgumentException>(() => strategy.OnCandle(Timeframe.H1, candles[1499]));
        var rest = StrategyRun.Feed(strategy, candles[1500..]);

        Assert.Equal("candle", error.ParamName);
        Assert.Contains("not after the previous", error.Message);
        var expected = clean.Where(s => s.Time > candles[1499].OpenTime.AddHours(1)).Select(StrategyRun.Describe).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rest.Select(StrategyRun.Describe));
    }

    [Fact]
    public void OnCandle_WithHighBelowLow_ThrowsNamingCandle()
    {
        var strategy = new MeanReversionStrategy(Btc);
        var bad = new Candle(TestCandles.Start, 10m, 9m, 11m, 10m, 1m);

        var error = Assert.Throws<ArgumentException>(() => strategy.OnCandle(Timeframe.H1, bad));

        Assert.Equal("candle", error.ParamName);
        Assert.Contains("High 9 is below Low 11", error.Message);
    }

    [Fact]
    public void OnCandle_WithHigherBarBeforeTheLowerBarClosingWithIt_Throws()
    {
        var strategy = new MultiTimeframeTrendStrategy(Btc);
        var hourly = TestCandles.RandomWalk(4, seed: 3);
        var fourHour = new Candle(hourly[0].OpenTime, hourly[0].Open, hourly.Max(c => c.High), hourly.Min(c => c.Low), hourly[3].Close, 4m);
        for (var i = 0; i < 3; i++)
            strategy.OnCandle(Timeframe.H1, hourly[i]);
        strategy.OnCandle(Timeframe.H4, fourHour);

        var error = Assert.Throws<ArgumentException>(() => strategy.OnCandle(Timeframe.H1, hourly[3]));

        Assert.Contains("the lower timeframe first when closes coincide", error.Message);
    }

    [Fact]
    public void OnCandle_WithHigherBarClosingBeforeTheLastBar_Throws()
    {
        var strategy = new MultiTimeframeTrendStrategy(Btc);
        var hourly = TestCandles.RandomWalk(6, seed: 3);
        foreach (var candle in hourly)
            strategy.OnCandle(Timeframe.H1, candle);

        var error = Assert.Throws<ArgumentException>(() => strategy.OnCandle(Timeframe.H4, new Candle(hourly[0].OpenTime, 1m, 1m, 1m, 1m, 1m)));

        Assert.Contains("a 4h candle closing at 2024-01-01T04:00:00.0000000Z arrived after a 1h candle closing at 2024-01-01T06:00", error.Message);
    }

    [Fact]
    public void Reset_ThenTheSameCandles_GivesTheSameSignals()
    {
        var candles = StrategyRun.Real("ETHUSDT-1h.csv", 3000);
        var strategy = StrategyFactory.Create("mtf-trend", new Symbol("ETHUSDT"));
        var first = StrategyRun.Feed(strategy, candles).Select(StrategyRun.Describe).ToList();

        strategy.Reset();
        var second = StrategyRun.Feed(strategy, candles).Select(StrategyRun.Describe).ToList();

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }
}
