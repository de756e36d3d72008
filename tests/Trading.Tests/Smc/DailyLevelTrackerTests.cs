using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Smc;

namespace Trading.Tests.Smc;

public class DailyLevelTrackerTests
{
    private static readonly DateTime Day1 = TestCandles.Start;

    [Fact]
    public void PreviousDay_IsKnownExactlyAtMidnight_WithLevelsTouchesAndStrength()
    {
        var candles = FirstDay();
        var (analyzer, recorder, log) = SmcTestRun.Feed(candles[..23]);
        Assert.False(analyzer.Daily.Previous.Exists);

        recorder.CurrentClose = Day1.AddDays(1);
        analyzer.Update(candles[23]);

        var day = analyzer.Daily.Previous;
        Assert.Equal((Day1, Day1.AddDays(1)), (day.Day, day.KnownAt));
        Assert.Equal((100m, 110m, 90m, 100.5m), (day.Open.Price, day.High.Price, day.Low.Price, day.Close.Price));
        Assert.Equal(1.0, day.RangeRatio);
        // Range 20, touch tolerance 2: highs at or above 108 are bars 5 and 6; lows at or below 92 only bar 12;
        // every bar spans 99..101, so each one touches the open (100) and the close (100.5).
        Assert.Equal((2, 1, 24, 24), (day.High.Touches, day.Low.Touches, day.Open.Touches, day.Close.Touches));
        AssertScore(day.High, touches: 2, rangeRatio: 1.0, LevelStrength.Moderate);
        AssertScore(day.Low, touches: 1, rangeRatio: 1.0, LevelStrength.Weak);
        AssertScore(day.Open, touches: 24, rangeRatio: 1.0, LevelStrength.Strong);
        Assert.Equal(day, Assert.Single(log.DailyLevels));
        Assert.Empty(recorder.Mismatches);
    }

    [Fact]
    public void PreviousDay_WhoseLastBarsAreMissing_IsKnownAtTheCloseOfTheFirstLaterBar()
    {
        var day2 = Day1.AddDays(1);
        Candle[] candles =
        [
            .. FirstDay(),
            new(day2, 100m, 120m, 100m, 110m, 1m),
            new(day2.AddHours(1), 110m, 111m, 80m, 90m, 1m),
            new(day2.AddHours(2), 90m, 95m, 85m, 92m, 1m),
            new(day2.AddDays(1).AddHours(5), 92m, 93m, 91m, 92m, 1m),
        ];

        var (analyzer, recorder, log) = SmcTestRun.Feed(candles);

        Assert.Equal(2, log.DailyLevels.Count);
        var day = analyzer.Daily.Previous;
        Assert.Equal((day2, day2.AddDays(1).AddHours(6)), (day.Day, day.KnownAt));
        Assert.Equal((100m, 120m, 80m, 92m), (day.Open.Price, day.High.Price, day.Low.Price, day.Close.Price));
        Assert.Equal(2.0, day.RangeRatio, 12);
        // Range 40, tolerance 4: high 120 only bar 0 (>= 116); low 80 only bar 1 (<= 84);
        // open 100 in [low - 4, high + 4] of bars 0 and 1; close 92 of bars 1 and 2.
        Assert.Equal((1, 1, 2, 2), (day.High.Touches, day.Low.Touches, day.Open.Touches, day.Close.Touches));
        AssertScore(day.High, touches: 1, rangeRatio: 2.0, LevelStrength.Moderate);
        AssertScore(day.Open, touches: 2, rangeRatio: 2.0, LevelStrength.Strong);
        Assert.Empty(recorder.Mismatches);
    }

    [Fact]
    public void DailyCandles_EachCompleteTheirOwnDay()
    {
        var candles = TestCandles.RandomWalk(5, seed: 1, Timeframe.D1);
        var log = new SmcEventLog();
        var analyzer = SmcTestRun.Analyzer(sink: log, timeframe: Timeframe.D1);

        foreach (var candle in candles)
            analyzer.Update(candle);

        Assert.Equal(candles.Select(c => (c.OpenTime, c.OpenTime.AddDays(1), c.High)), log.DailyLevels.Select(d => (d.Day, d.KnownAt, d.High.Price)));
    }

    private static void AssertScore(DailyLevel level, int touches, double rangeRatio, LevelStrength strength)
    {
        // The documented rule: half from touches (1 -> 0, 4 or more -> 1), half from the range ratio (2x -> 1).
        var expected = 0.5 * Math.Min(touches - 1, 3) / 3.0 + 0.5 * Math.Min(rangeRatio, 2.0) / 2.0;
        Assert.Equal(expected, level.Score, 12);
        Assert.Equal(strength, level.Strength);
    }

    private static Candle[] FirstDay()
    {
        var candles = new Candle[24];
        for (var i = 0; i < 24; i++)
        {
            var high = i == 5 ? 110m : i == 6 ? 109.5m : 101m;
            var low = i == 12 ? 90m : 99m;
            var close = i == 23 ? 100.5m : 100m;
            candles[i] = new Candle(Day1.AddHours(i), 100m, high, low, close, 1m);
        }
        return candles;
    }
}
