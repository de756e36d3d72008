using SmartMarket.Trading.Smc;

namespace Trading.Tests.Smc;

public class FairValueGapTrackerTests
{
    private static readonly SmcOptions AllGaps = new() { MinFairValueGapAtr = 0 };

    [Fact]
    public void BullishGap_IsKnownAtTheThirdClose_AndFillsFromTheTopDown()
    {
        var candles = TestCandles.Hourly(
            (99, 100, 98, 99.5),
            (99.5, 104, 99, 103.5),
            (103.5, 105, 102, 104.5),   // low 102 > first high 100: gap [100, 102]
            (104.5, 105, 101.5, 102),   // down to 101.5: a quarter
            (102, 103, 101.8, 102.5),   // not deeper
            (102.5, 103, 101, 101.2),   // down to 101: half
            (101.2, 101.9, 99, 99.5));  // through 100: filled

        var (analyzer, recorder, log) = SmcTestRun.Feed(candles, AllGaps);

        var start = TestCandles.Start;
        Assert.Equal(
            [
                new FairValueGap(0, Bias.Bullish, 102m, 100m, start.AddHours(1), start.AddHours(3), FairValueGapState.Open, 0, start.AddHours(3)),
                new FairValueGap(0, Bias.Bullish, 102m, 100m, start.AddHours(1), start.AddHours(3), FairValueGapState.PartiallyFilled, 0.25, start.AddHours(4)),
                new FairValueGap(0, Bias.Bullish, 102m, 100m, start.AddHours(1), start.AddHours(3), FairValueGapState.PartiallyFilled, 0.5, start.AddHours(6)),
                new FairValueGap(0, Bias.Bullish, 102m, 100m, start.AddHours(1), start.AddHours(3), FairValueGapState.Filled, 1, start.AddHours(7)),
            ],
            log.FairValueGaps);
        Assert.Equal(0, analyzer.FairValueGaps.Open.Length);
        Assert.Empty(recorder.Mismatches);
    }

    [Fact]
    public void BearishGap_FillsFromTheBottomUp()
    {
        var candles = TestCandles.Hourly(
            (100, 101, 99, 99.5),
            (99.5, 99.6, 95, 95.5),
            (95.5, 97, 94, 96),       // high 97 < first low 99: gap [97, 99]
            (96, 98, 95.5, 97.5),     // up to 98: half
            (97.5, 99.5, 97, 99.2));  // through 99: filled

        var (_, _, log) = SmcTestRun.Feed(candles, AllGaps);

        Assert.Equal(
            [(FairValueGapState.Open, 0.0), (FairValueGapState.PartiallyFilled, 0.5), (FairValueGapState.Filled, 1.0)],
            log.FairValueGaps.Select(g => (g.State, g.FilledShare)));
        Assert.All(log.FairValueGaps, g => Assert.Equal((Bias.Bearish, 99m, 97m), (g.Direction, g.Top, g.Bottom)));
    }

    [Fact]
    public void Gaps_OnRandomWalk_MatchNaiveScanWithFillShares()
    {
        var candles = TestCandles.RandomWalk(1500, seed: 3);

        var (analyzer, _, log) = SmcTestRun.Feed(candles, AllGaps with { MaxFairValueGaps = 5000 });

        var expectedOpen = new List<(Bias, decimal, decimal, double)>();
        var expectedFilledAt = new List<DateTime>();
        for (var c = 2; c < candles.Length; c++)
        {
            var bullish = candles[c].Low > candles[c - 2].High;
            var bearish = candles[c].High < candles[c - 2].Low;
            if (!bullish && !bearish)
                continue;
            var top = bullish ? candles[c].Low : candles[c - 2].Low;
            var bottom = bullish ? candles[c - 2].High : candles[c].High;
            var deepest = bullish ? top : bottom;
            DateTime? filledAt = null;
            for (var j = c + 1; j < candles.Length && filledAt is null; j++)
            {
                deepest = bullish ? Math.Min(deepest, candles[j].Low) : Math.Max(deepest, candles[j].High);
                if (bullish ? deepest <= bottom : deepest >= top)
                    filledAt = candles[j].OpenTime.AddHours(1);
            }
            if (filledAt is { } at)
                expectedFilledAt.Add(at);
            else
                expectedOpen.Add((bullish ? Bias.Bullish : Bias.Bearish, top, bottom, (double)((bullish ? top - deepest : deepest - bottom) / (top - bottom))));
        }

        var actualOpen = analyzer.FairValueGaps.Open.ToArray();
        Assert.True(expectedFilledAt.Count > 50, $"only {expectedFilledAt.Count} filled gaps");
        Assert.Equal(expectedOpen.Count, actualOpen.Length);
        for (var i = 0; i < actualOpen.Length; i++)
        {
            var (direction, top, bottom, share) = expectedOpen[i];
            Assert.Equal((direction, top, bottom), (actualOpen[i].Direction, actualOpen[i].Top, actualOpen[i].Bottom));
            Assert.Equal(share, actualOpen[i].FilledShare, 1e-9);
        }
        Assert.Equal(expectedFilledAt.Order(), log.FairValueGaps.Where(g => g.State == FairValueGapState.Filled).Select(g => g.UpdatedAt).Order());
    }

    [Fact]
    public void Gaps_SmallerThanMinimumAtrShare_AreIgnored()
    {
        var candles = TestCandles.RandomWalk(1500, seed: 3);

        var (_, _, all) = SmcTestRun.Feed(candles, AllGaps);
        var (_, _, large) = SmcTestRun.Feed(candles, new SmcOptions { MinFairValueGapAtr = 0.5 });

        var allCreated = all.FairValueGaps.Count(g => g.State == FairValueGapState.Open);
        var largeCreated = large.FairValueGaps.Where(g => g.State == FairValueGapState.Open).ToList();
        Assert.InRange(largeCreated.Count, 1, allCreated - 1);
    }

    [Fact]
    public void OpenGaps_AreBoundedByMaxFairValueGaps()
    {
        var candles = TestCandles.RandomWalk(3000, seed: 8);

        var (analyzer, _, _) = SmcTestRun.Feed(candles, AllGaps with { MaxFairValueGaps = 4 });

        Assert.InRange(analyzer.FairValueGaps.Open.Length, 0, 4);
    }
}
