using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using static Trading.Tests.Execution.SimHarness;

namespace Trading.Tests.Execution;

public class ReduceOnlyTests
{
    [Fact]
    public void ReduceOnly_WithNoPosition_IsRejectedWithReason()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        var order = h.Submit(OrderRequest.Market(Btc, Side.Sell, 1m) with { ReduceOnly = true });

        Assert.Equal(OrderStatus.Rejected, order.Status);
        Assert.Equal(RejectCode.ReduceOnlyWouldIncrease, order.Rejection!.Code);
        Assert.Equal(nameof(OrderRequest.ReduceOnly), order.Rejection.Field);
    }

    [Fact]
    public void ReduceOnly_OnTheSameSideAsThePosition_IsRejected()
    {
        var h = LongTwo();
        var order = h.Submit(OrderRequest.Market(Btc, Side.Buy, 1m) with { ReduceOnly = true });

        Assert.Equal(RejectCode.ReduceOnlyWouldIncrease, order.Rejection!.Code);
    }

    [Fact]
    public void ReduceOnly_LargerThanThePosition_FillsOnlyToFlatAndCancelsTheRest()
    {
        var h = LongTwo();
        var order = h.Submit(OrderRequest.Market(Btc, Side.Sell, 5m) with { ReduceOnly = true });
        h.Feed(104m, 105m, 103m, 104m);

        Assert.Equal(2m, h.FillsOf(order.Id).Single().Quantity);
        Assert.Equal(0m, h.Sim.GetPosition(Btc));
        var cancelled = Assert.Single(h.Cancelled).Order;
        Assert.Equal(CancelReason.ReduceOnlyNoPosition, cancelled.CancelReason);
        Assert.Equal(2m, cancelled.FilledQuantity);
    }

    [Fact]
    public void ReduceOnly_WhenThePositionWasClosedMeanwhile_IsCancelledWithoutOpeningAShort()
    {
        var h = LongTwo();
        var limit = h.Submit(OrderRequest.Limit(Btc, Side.Sell, 2m, 110m) with { ReduceOnly = true });
        h.Submit(OrderRequest.Market(Btc, Side.Sell, 2m));
        h.Feed(104m, 111m, 103m, 110m); // the market sell flattens at the open, then the limit is touched

        Assert.Empty(h.FillsOf(limit.Id));
        Assert.Equal(0m, h.Sim.GetPosition(Btc));
        Assert.Equal(CancelReason.ReduceOnlyNoPosition, Assert.Single(h.Cancelled).Order.CancelReason);
    }

    private static SimHarness LongTwo()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Market(Btc, Side.Buy, 2m));
        h.Feed(102m, 103m, 101m, 102m);
        Assert.Equal(2m, h.Sim.GetPosition(Btc));
        return h;
    }
}
