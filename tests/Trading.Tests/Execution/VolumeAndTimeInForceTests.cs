using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using static Trading.Tests.Execution.SimHarness;

namespace Trading.Tests.Execution;

public class VolumeAndTimeInForceTests
{
    private static readonly SmartMarket.Trading.Execution.ExecutionSimulatorOptions TenPercent =
        SimHarness.Frictionless with { MaxVolumeShare = 0.1m };

    [Fact]
    public void Market_LargerThanVolumeCap_FillsInPartsAcrossBarsAtEachOpen()
    {
        var h = new SimHarness(TenPercent);
        h.Feed(100m, 100m, 100m, 100m);
        var order = h.Submit(OrderRequest.Market(Btc, Side.Buy, 8m));

        h.Feed(101m, 102m, 100m, 101m, volume: 50m);
        Assert.Equal(5m, h.Fills[0].Fill.Quantity);
        Assert.Equal(OrderStatus.PartiallyFilled, h.Fills[0].Order.Status);
        Assert.Equal(5m, h.Sim.GetOrder(order.Id)!.FilledQuantity);

        h.Feed(103m, 104m, 102m, 103m, volume: 100m);
        Assert.Equal(2, h.Fills.Count);
        Assert.Equal(3m, h.Fills[1].Fill.Quantity);
        Assert.Equal(103m, h.Fills[1].Fill.Price);
        Assert.Equal(OrderStatus.Filled, h.Fills[1].Order.Status);
        Assert.Equal((5m * 101m + 3m * 103m) / 8m, h.Fills[1].Order.AverageFillPrice);
    }

    [Fact]
    public void VolumeCap_IsSharedByAllOrdersOfTheSymbolInABar()
    {
        var h = new SimHarness(TenPercent);
        h.Feed(100m, 100m, 100m, 100m);
        var first = h.Submit(OrderRequest.Market(Btc, Side.Buy, 4m));
        var second = h.Submit(OrderRequest.Market(Btc, Side.Buy, 4m));
        h.Feed(101m, 102m, 100m, 101m, volume: 50m);

        Assert.Equal(4m, h.FillsOf(first.Id).Sum(f => f.Quantity));
        Assert.Equal(1m, h.FillsOf(second.Id).Sum(f => f.Quantity));
    }

    [Fact]
    public void Ioc_Market_FillsWhatTheBarAllowsAndExpiresTheRest()
    {
        var h = new SimHarness(TenPercent);
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Market(Btc, Side.Buy, 8m) with { TimeInForce = TimeInForce.Ioc });
        h.Feed(101m, 102m, 100m, 101m, volume: 50m);

        Assert.Equal(5m, Assert.Single(h.Fills).Fill.Quantity);
        var expired = Assert.Single(h.Expired).Order;
        Assert.Equal(OrderStatus.Expired, expired.Status);
        Assert.Equal(CancelReason.IocRemainder, expired.CancelReason);
        Assert.Equal(5m, expired.FilledQuantity);
        Assert.Equal(0m, expired.RemainingQuantity);
    }

    [Fact]
    public void Ioc_LimitNotMarketableAtTheOpen_ExpiresWithoutFillEvenIfTheBarLaterTouchesIt()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Limit(Btc, Side.Buy, 1m, 99m) with { TimeInForce = TimeInForce.Ioc });
        h.Feed(100m, 101m, 98m, 100m);

        Assert.Empty(h.Fills);
        Assert.Equal(CancelReason.IocRemainder, Assert.Single(h.Expired).Order.CancelReason);
    }

    [Fact]
    public void Fok_LargerThanTheBarAllows_ExpiresWithoutAnyFill()
    {
        var h = new SimHarness(TenPercent);
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Market(Btc, Side.Buy, 8m) with { TimeInForce = TimeInForce.Fok });
        h.Feed(101m, 102m, 100m, 101m, volume: 50m);

        Assert.Empty(h.Fills);
        Assert.Equal(CancelReason.FokUnfillable, Assert.Single(h.Expired).Order.CancelReason);
        Assert.Equal(0m, h.Sim.GetPosition(Btc));
    }

    [Fact]
    public void Fok_WithinTheBarsCap_FillsCompletely()
    {
        var h = new SimHarness(TenPercent);
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Limit(Btc, Side.Buy, 4m, 102m) with { TimeInForce = TimeInForce.Fok });
        h.Feed(101m, 102m, 100m, 101m, volume: 50m);

        var filled = Assert.Single(h.Fills);
        Assert.Equal(4m, filled.Fill.Quantity);
        Assert.Equal(101m, filled.Fill.Price);
        Assert.Equal(OrderStatus.Filled, filled.Order.Status);
        Assert.Empty(h.Expired);
    }

    [Fact]
    public void Ioc_Stop_FillsWhatTheBarAllowsAtTheTriggerAndExpiresTheRest()
    {
        var h = new SimHarness(TenPercent);
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Stop(Btc, Side.Sell, 8m, 95m) with { TimeInForce = TimeInForce.Ioc });
        h.Feed(100m, 100m, 94m, 95m, volume: 50m);

        var fill = Assert.Single(h.Fills).Fill;
        Assert.Equal(5m, fill.Quantity);
        Assert.Equal(95m, fill.Price);
        Assert.Equal(CancelReason.IocRemainder, Assert.Single(h.Expired).Order.CancelReason);
    }

    [Fact]
    public void Stop_TriggeredButCappedByVolume_FillsTheRestAtTheNextOpenLikeAMarketOrder()
    {
        var h = new SimHarness(TenPercent);
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Stop(Btc, Side.Sell, 8m, 95m));
        h.Feed(100m, 100m, 94m, 95m, volume: 50m);
        h.Feed(93m, 96m, 92m, 95m, volume: 50m);

        Assert.Equal([(5m, 95m), (3m, 93m)], h.Fills.Select(f => (f.Fill.Quantity, f.Fill.Price)));
    }
}
