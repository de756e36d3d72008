using SmartMarket.Trading.Smc;

namespace Trading.Tests.Smc;

public class LiquidityTrackerTests
{
    private static readonly SmcOptions PercentTolerance = new() { SwingLength = 1, EqualLevelAtr = 0, EqualLevelPercent = 0.1 };

    [Fact]
    public void EqualHighs_FormABuySidePool_GainASwing_ThenAreSweptByAWickThatClosesBack()
    {
        var candles = TestCandles.Hourly(
            (95, 96, 94, 95.5),
            (95.5, 100, 95, 99),        // swing high 100
            (98.5, 98.5, 96, 97),
            (97, 97.5, 95.5, 97.2),
            (97.2, 99.95, 97, 99.5),    // swing high 99.95: within 0.1 % of ~97 (0.097) of 100
            (98, 98, 96.5, 97),
            (97, 97.8, 96, 97.5),
            (97.5, 99.98, 97.4, 99),    // swing high 99.98 joins
            (99, 99.5, 98, 98.5),
            (98.5, 100.6, 98.2, 99.7)); // trades above 100, closes back below: swept

        var (analyzer, recorder, log) = SmcTestRun.Feed(candles, PercentTolerance);

        var start = TestCandles.Start;
        Assert.Equal(
            [
                new LiquidityPool(0, LiquiditySide.BuySide, 100m, 2, start.AddHours(1), start.AddHours(6), LiquidityPoolState.Active, start.AddHours(6)),
                new LiquidityPool(0, LiquiditySide.BuySide, 100m, 3, start.AddHours(1), start.AddHours(6), LiquidityPoolState.Active, start.AddHours(9)),
                new LiquidityPool(0, LiquiditySide.BuySide, 100m, 3, start.AddHours(1), start.AddHours(6), LiquidityPoolState.Swept, start.AddHours(10)),
            ],
            log.LiquidityPools);
        Assert.Equal(0, analyzer.Liquidity.Active.Length);
        Assert.Empty(recorder.Mismatches);
    }

    [Fact]
    public void EqualLows_FormASellSidePool_ThenAreBrokenByACloseBelow()
    {
        var candles = TestCandles.Hourly(
            (55, 56, 54, 54.5),
            (54.5, 55, 50, 51),         // swing low 50
            (51.5, 53, 51.5, 52.5),
            (52.5, 54, 52, 53.5),
            (53.5, 53.8, 50.03, 50.5),  // swing low 50.03: within 0.1 % of ~51 (0.051) of 50
            (51, 52, 50.8, 51.5),
            (51.5, 51.6, 49, 49.2));    // closes below 50: broken

        var (_, _, log) = SmcTestRun.Feed(candles, PercentTolerance);

        Assert.Equal(2, log.LiquidityPools.Count);
        Assert.Equal((LiquiditySide.SellSide, 50m, 2, LiquidityPoolState.Active), (log.LiquidityPools[0].Side, log.LiquidityPools[0].Level, log.LiquidityPools[0].Swings, log.LiquidityPools[0].State));
        Assert.Equal((LiquidityPoolState.Broken, TestCandles.Start.AddHours(7)), (log.LiquidityPools[1].State, log.LiquidityPools[1].UpdatedAt));
    }

    [Fact]
    public void SwingsFurtherApartThanTheTolerance_FormNoPool()
    {
        // The first sequence also has swing lows 95.5 and 96: 0.5 apart, over five times the tolerance.
        var candles = TestCandles.Hourly(
            (95, 96, 94, 95.5),
            (95.5, 100, 95, 99),
            (98.5, 98.5, 96, 97),
            (97, 97.5, 95.5, 97.2),
            (97.2, 99.5, 97, 99.4),
            (98, 98, 96.5, 97),
            (97, 97.8, 96, 97.5),
            (97.5, 98.5, 97.4, 98));

        var (_, _, log) = SmcTestRun.Feed(candles, PercentTolerance);

        Assert.Equal(4, log.Swings.Count);
        Assert.Empty(log.LiquidityPools);
    }
}
