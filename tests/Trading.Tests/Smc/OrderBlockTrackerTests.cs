using SmartMarket.Trading.Smc;

namespace Trading.Tests.Smc;

public class OrderBlockTrackerTests
{
    [Fact]
    public void BullishBlock_IsLastDownCandleAtTheLegLow_AndGoesFreshMitigatedInvalidated()
    {
        var (_, recorder, log) = StructureScenario.Run(18);

        var history = log.OrderBlocks.Where(b => b.OriginIndex == 4).ToList();
        Assert.Equal(3, history.Count);
        var created = history[0];
        Assert.Equal(Bias.Bullish, created.Direction);
        Assert.Equal((103m, 100m), (created.High, created.Low));
        Assert.Equal(StructureScenario.OpenOf(4), created.OriginTime);
        Assert.Equal(StructureBreakKind.BreakOfStructure, created.CausedBy);
        Assert.Equal(StructureScenario.CloseOf(6), created.KnownAt);
        Assert.Equal(OrderBlockState.Fresh, created.State);
        Assert.Equal((OrderBlockState.Mitigated, StructureScenario.CloseOf(14)), (history[1].State, history[1].UpdatedAt));
        Assert.Equal((OrderBlockState.Invalidated, StructureScenario.CloseOf(17)), (history[2].State, history[2].UpdatedAt));
        Assert.Empty(recorder.Mismatches);
    }

    [Fact]
    public void BearishBlock_FromChoch_IsLastUpCandleAtTheLegHigh_AndStaysFreshWhilePriceStaysBelow()
    {
        var (analyzer, _, log) = StructureScenario.Run(16);

        var block = Assert.Single(log.OrderBlocks, b => b.CausedBy == StructureBreakKind.ChangeOfCharacter);
        Assert.Equal(Bias.Bearish, block.Direction);
        Assert.Equal((118m, 113m, 10L), (block.High, block.Low, block.OriginIndex));
        Assert.Equal(StructureScenario.CloseOf(11), block.KnownAt);
        Assert.Contains(block, analyzer.OrderBlocks.Active.ToArray());
    }

    [Fact]
    public void BearishBlock_WithoutUpCandleInTheLeg_FallsBackToTheExtremeBar_ThenIsMitigatedAndInvalidated()
    {
        var (analyzer, _, log) = StructureScenario.Run(17);

        // The leg from the swing low at bar 12 to the break at bar 14 has its high at bar 12, a down candle.
        var history = log.OrderBlocks.Where(b => b.OriginIndex == 12).ToList();
        Assert.Equal(3, history.Count);
        Assert.Equal((Bias.Bearish, 110m, 104m), (history[0].Direction, history[0].High, history[0].Low));
        Assert.Equal(StructureScenario.CloseOf(14), history[0].KnownAt);
        Assert.Equal((OrderBlockState.Mitigated, StructureScenario.CloseOf(15)), (history[1].State, history[1].UpdatedAt));
        Assert.Equal((OrderBlockState.Invalidated, StructureScenario.CloseOf(16)), (history[2].State, history[2].UpdatedAt));
        Assert.DoesNotContain(analyzer.OrderBlocks.Active.ToArray(), b => b.OriginIndex == 12);
    }

    [Fact]
    public void LiveBlocks_AreBoundedByMaxOrderBlocks_OldestDroppedFirst()
    {
        var candles = TestCandles.RandomWalk(4000, seed: 5);

        var (analyzer, _, log) = SmcTestRun.Feed(candles, new SmcOptions { SwingLength = 2, MaxOrderBlocks = 3 });

        Assert.True(log.OrderBlocks.Count(b => b.State == OrderBlockState.Fresh) > 10);
        var live = analyzer.OrderBlocks.Active.ToArray();
        Assert.InRange(live.Length, 1, 3);
        Assert.Equal(live.OrderBy(b => b.Id), live);
    }
}
