using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;

namespace Trading.Tests.Backtesting;

public sealed class StrategyFeedTests
{
    [Fact]
    public void Feed_OfMinuteCandles_GivesAMultiTimeframeStrategyTheSameSignalsAsHandBuiltBars()
    {
        var minutes = BacktestData.Synthetic.Candles[..(60 * 24 * 20)];
        var parameters = StrategyParameters.Parse("LowerTimeframe=15m; HigherTimeframe=1h");
        var fed = StrategyFactory.Create("mtf-trend", BacktestData.Synthetic.Symbol, parameters);
        var direct = StrategyFactory.Create("mtf-trend", BacktestData.Synthetic.Symbol, parameters);
        var feed = new StrategyFeed(fed, Timeframe.M1);
        var viaFeed = new List<Signal>();
        foreach (var candle in minutes)
            feed.Feed(candle, viaFeed);

        // Reference: build 15m and 1h bars by hand and feed them by close time, the 15m bar first on equal closes.
        var quarter = Aggregate(minutes, 15);
        var hour = Aggregate(minutes, 60);
        var expected = new List<Signal>();
        var h = 0;
        foreach (var q in quarter)
        {
            if (direct.OnCandle(Timeframe.M15, q) is { } s)
                expected.Add(s);
            while (h < hour.Count && hour[h].OpenTime.AddHours(1) == q.OpenTime.AddMinutes(15))
            {
                if (direct.OnCandle(Timeframe.H1, hour[h++]) is { } s2)
                    expected.Add(s2);
            }
        }
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(Key), viaFeed.Select(Key));
    }

    [Fact]
    public void Create_ForDataCoarserThanTheStrategy_ThrowsNamingTheTimeframe()
    {
        var strategy = StrategyFactory.Create("mean-reversion", new Symbol("BTCUSDT"), StrategyParameters.Parse("Timeframe=1h"));

        var error = Assert.Throws<ArgumentException>(() => new StrategyFeed(strategy, Timeframe.H4));

        Assert.Equal("timeframe", error.ParamName);
        Assert.Contains("cannot be built from 4h data", error.Message);
    }

    // Signal is a record whose targets are an array, so compare the fields rather than the array references.
    private static string Key(Signal s) => $"{s.Time:O} {s.Side} {s.Entry} {s.Stop} {s.Confidence} {string.Join('/', s.Targets)} {s.Reason}";

    private static List<Candle> Aggregate(Candle[] minutes, int size)
    {
        var bars = new List<Candle>();
        for (var i = 0; i + size <= minutes.Length; i += size)
        {
            decimal high = minutes[i].High, low = minutes[i].Low, volume = 0;
            for (var j = i; j < i + size; j++)
            {
                high = Math.Max(high, minutes[j].High);
                low = Math.Min(low, minutes[j].Low);
                volume += minutes[j].Volume;
            }
            bars.Add(new Candle(minutes[i].OpenTime, minutes[i].Open, high, low, minutes[i + size - 1].Close, volume));
        }
        return bars;
    }
}
