using SmartMarket.Trading.Analytics;
using SmartMarket.Trading.MarketData;

namespace Trading.Tests.Analytics;

public class PerformanceAccumulatorTests
{
    private static readonly DateTime Start = new(2023, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private static EquityPoint[] RandomWalk(int seed, int count)
    {
        var random = new Random(seed);
        var equity = 10_000m;
        var curve = new EquityPoint[count];
        for (var i = 0; i < count; i++)
        {
            curve[i] = new EquityPoint(Start.AddHours(i), equity);
            equity *= 1m + (decimal)((random.NextDouble() - 0.49) * 0.02);
        }
        return curve;
    }

    [Fact]
    public void ToReport_FedOnePointAtATime_EqualsBatchOverEachPrefix()
    {
        var curve = RandomWalk(42, 400);
        var accumulator = new PerformanceAccumulator();

        for (var k = 0; k < curve.Length; k++)
        {
            accumulator.Add(curve[k].Time, curve[k].Equity);
            if (k >= 1 && k % 37 == 0)
                Assert.Equal(PerformanceAnalyzer.Compute(curve[..(k + 1)], []), accumulator.ToReport());
        }
    }

    [Fact]
    public void ToReport_AtAPoint_NeverChangesWhenLaterPointsChange()
    {
        var original = RandomWalk(9, 300);
        var altered = (EquityPoint[])original.Clone();
        for (var i = 200; i < altered.Length; i++)
            altered[i] = altered[i] with { Equity = altered[i].Equity * (i % 2 == 0 ? 0.5m : 1.7m) };
        var first = new PerformanceAccumulator();
        var second = new PerformanceAccumulator();

        for (var i = 0; i < 200; i++)
        {
            first.Add(original[i].Time, original[i].Equity);
            second.Add(altered[i].Time, altered[i].Equity);
        }

        Assert.Equal(first.ToReport(), second.ToReport());
    }

    [Fact]
    public void Add_WithNonUtcTime_ThrowsNamingTime()
    {
        var accumulator = new PerformanceAccumulator();

        var ex = Assert.Throws<ArgumentException>(() => accumulator.Add(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Local), 100m));

        Assert.Equal("time", ex.ParamName);
    }

    [Fact]
    public void Add_WithTimeNotAfterPrevious_ThrowsAndKeepsState()
    {
        var accumulator = new PerformanceAccumulator();
        accumulator.Add(Start, 100m);
        accumulator.Add(Start.AddHours(1), 110m);

        var ex = Assert.Throws<ArgumentException>(() => accumulator.Add(Start.AddHours(1), 50m));

        Assert.Equal("time", ex.ParamName);
        Assert.Equal(2, accumulator.PointCount);
        Assert.Equal(0.1, accumulator.ToReport().TotalReturn, 12);
    }

    [Fact]
    public void Add_WithNonPositiveEquity_ThrowsNamingEquity()
    {
        var accumulator = new PerformanceAccumulator();

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add(Start, 0m));

        Assert.Equal("equity", ex.ParamName);
    }

    [Fact]
    public void ToReport_WithOnePoint_ThrowsExplaining()
    {
        var accumulator = new PerformanceAccumulator();
        accumulator.Add(Start, 100m);

        var ex = Assert.Throws<InvalidOperationException>(() => accumulator.ToReport());

        Assert.Contains("at least two equity points", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_WithNonPositivePeriodsPerYear_ThrowNamingIt()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PerformanceAccumulator(new PerformanceOptions { PeriodsPerYear = 0 }));

        Assert.Equal(nameof(PerformanceOptions.PeriodsPerYear), ex.ParamName);
    }

    [Fact]
    public void ClosedTrade_ExitBeforeEntry_ThrowsNamingExitTime()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ClosedTrade(new Symbol("BTCUSDT"), Side.Buy, Start.AddHours(2), 100m, Start, 101m, 1m));

        Assert.Equal("exitTime", ex.ParamName);
    }

    [Fact]
    public void TradeStatistics_PayoffRatio_IsAverageWinOverAverageLoss()
    {
        var btc = new Symbol("BTCUSDT");
        var stats = new TradeStatistics();
        stats.Add(new ClosedTrade(btc, Side.Buy, Start, 100m, Start.AddHours(1), 109m, 1m));   // +9
        stats.Add(new ClosedTrade(btc, Side.Buy, Start, 100m, Start.AddHours(1), 103m, 1m));   // +3
        stats.Add(new ClosedTrade(btc, Side.Sell, Start, 100m, Start.AddHours(1), 104m, 1m));  // -4

        Assert.Equal(6d / 4d, stats.PayoffRatio, 12);
        Assert.Equal(2d / 3d, stats.WinRate, 12);
        Assert.Equal(3d, stats.ProfitFactor, 12);
    }
}
