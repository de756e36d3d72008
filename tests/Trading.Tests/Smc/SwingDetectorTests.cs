using SmartMarket.Trading.Smc;

namespace Trading.Tests.Smc;

public class SwingDetectorTests
{
    [Fact]
    public void Swings_WithTwoBarFractals_AreReportedWhenTheSecondRightBarCloses()
    {
        double[] highs = [10, 11, 15, 12, 11, 13, 12, 11];
        double[] lows = [9, 8, 10, 9, 7, 9, 10, 9];
        var candles = TestCandles.Hourly([.. highs.Select((h, i) => ((h + lows[i]) / 2, h, lows[i], (h + lows[i]) / 2))]);

        var (_, recorder, log) = SmcTestRun.Feed(candles, new SmcOptions { SwingLength = 2 });

        // High 15 at bar 2 beats 10, 11 on the left and 12, 11 on the right; 13 at bar 5 beats 12, 11 / 12, 11.
        // Low 7 at bar 4 is below 10, 9 and 9, 10. Bar 1's low 8 lacks two left bars.
        Assert.Equal(
            [
                new SwingPoint(SwingKind.High, 15m, 2, TestCandles.Start.AddHours(2), TestCandles.Start.AddHours(5)),
                new SwingPoint(SwingKind.Low, 7m, 4, TestCandles.Start.AddHours(4), TestCandles.Start.AddHours(7)),
                new SwingPoint(SwingKind.High, 13m, 5, TestCandles.Start.AddHours(5), TestCandles.Start.AddHours(8)),
            ],
            log.Swings);
        Assert.Empty(recorder.Mismatches);
    }

    [Fact]
    public void Swings_WithEqualNeighbouringHighs_ReportOnlyTheLaterBar()
    {
        double[] highs = [10, 15, 15, 12, 11];
        var candles = TestCandles.Hourly([.. highs.Select(h => (h - 1, h, h - 2, h - 1))]);

        var (_, _, log) = SmcTestRun.Feed(candles, new SmcOptions { SwingLength = 1 });

        var swing = Assert.Single(log.Swings, s => s.Kind == SwingKind.High);
        Assert.Equal(2, swing.BarIndex);
        Assert.Equal(TestCandles.Start.AddHours(4), swing.KnownAt);
    }

    [Fact]
    public void Swings_OnRandomWalk_MatchNaiveFractalScan()
    {
        const int n = 3;
        var candles = TestCandles.RandomWalk(3000, seed: 11);

        var (analyzer, _, log) = SmcTestRun.Feed(candles, new SmcOptions { SwingLength = n });

        var expected = new List<SwingPoint>();
        for (var i = n; i + n < candles.Length; i++)
        {
            bool isHigh = true, isLow = true;
            for (var j = i - n; j <= i + n; j++)
            {
                if (j == i)
                    continue;
                isHigh &= j < i ? candles[i].High >= candles[j].High : candles[i].High > candles[j].High;
                isLow &= j < i ? candles[i].Low <= candles[j].Low : candles[i].Low < candles[j].Low;
            }
            var knownAt = candles[i + n].OpenTime.AddHours(1);
            if (isHigh)
                expected.Add(new SwingPoint(SwingKind.High, candles[i].High, i, candles[i].OpenTime, knownAt));
            if (isLow)
                expected.Add(new SwingPoint(SwingKind.Low, candles[i].Low, i, candles[i].OpenTime, knownAt));
        }
        Assert.True(expected.Count > 200, $"only {expected.Count} swings in the sample");
        Assert.Equal(expected, log.Swings);
        Assert.Equal(expected.Last(s => s.Kind == SwingKind.High), analyzer.Swings.LastHigh);
        Assert.Equal(expected.Last(s => s.Kind == SwingKind.Low), analyzer.Swings.LastLow);
    }
}
