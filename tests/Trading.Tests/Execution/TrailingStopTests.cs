using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using static Trading.Tests.Execution.SimHarness;

namespace Trading.Tests.Execution;

public class TrailingStopTests
{
    [Fact]
    public void TrailingSellByAmount_RatchetsUpWithHighsAndFillsAtTheTrailedLevel()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        var order = h.Submit(OrderRequest.TrailingStop(Btc, Side.Sell, 1m, TrailingOffset.ByAmount(5m)));

        h.Feed(100m, 104m, 99m, 103m); // anchored at the open 100 (level 95); after the bar: anchor 104, level 99
        Assert.Equal(104m, h.Sim.GetOrder(order.Id)!.TrailAnchor);

        h.Feed(103m, 108m, 100m, 107m); // low 100 stays above 99; after: anchor 108, level 103
        Assert.Equal(108m, h.Sim.GetOrder(order.Id)!.TrailAnchor);
        Assert.Empty(h.Fills);

        h.Feed(106m, 106m, 101m, 102m); // a falling bar never lowers the level: 103 is hit
        Assert.Equal(108m - 5m, Assert.Single(h.Fills).Fill.Price);
    }

    [Fact]
    public void TrailingBuyByPercent_FollowsLowsDownAndFillsAtTwoPercentAboveTheLowestLow()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.TrailingStop(Btc, Side.Buy, 1m, TrailingOffset.ByPercent(2m)));

        h.Feed(100m, 101m, 90m, 91m); // level 102 at the open, 101 stays below; after: anchor 90
        Assert.Empty(h.Fills);

        h.Feed(91m, 92m, 89.5m, 91.5m);
        Assert.Equal(90m * 1.02m, Assert.Single(h.Fills).Fill.Price);
    }

    [Fact]
    public void Trailing_WhenBarGapsThroughLevel_FillsAtTheOpen()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.TrailingStop(Btc, Side.Sell, 1m, TrailingOffset.ByAmount(3m)));
        h.Feed(100m, 110m, 99m, 109m); // level becomes 107
        h.Feed(104m, 105m, 103m, 104m);

        Assert.Equal(104m, Assert.Single(h.Fills).Fill.Price);
    }
}
