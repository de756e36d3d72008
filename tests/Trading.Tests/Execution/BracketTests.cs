using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using static Trading.Tests.Execution.SimHarness;

namespace Trading.Tests.Execution;

public class BracketTests
{
    [Fact]
    public void Bracket_EntryFill_PlacesReduceOnlyStopAndTargetLegsForTheFilledQuantity()
    {
        var h = LongBracketOpened(out var entry);

        var legs = h.Sim.GetOpenOrders(Btc);
        var stop = Assert.Single(legs, o => o.Role == BracketRole.StopLoss);
        var target = Assert.Single(legs, o => o.Role == BracketRole.TakeProfit);
        Assert.Equal((OrderType.Stop, Side.Sell, 95m, 1m, true), (stop.Request.Type, stop.Request.Side, stop.Request.StopPrice!.Value, stop.Quantity, stop.Request.ReduceOnly));
        Assert.Equal((OrderType.Limit, Side.Sell, 110m, 1m, true), (target.Request.Type, target.Request.Side, target.Request.LimitPrice!.Value, target.Quantity, target.Request.ReduceOnly));
        Assert.Equal(entry.Id, stop.ParentId);
        Assert.Equal(target.Id, stop.SiblingId);
        Assert.Equal(stop.Id, target.SiblingId);
    }

    [Fact]
    public void Bracket_TargetFills_CancelsTheStop()
    {
        var h = LongBracketOpened(out _);
        h.Feed(103m, 111m, 102m, 110m);

        var exit = h.Fills[^1];
        Assert.Equal((BracketRole.TakeProfit, 110m, Liquidity.Maker), (exit.Order.Role, exit.Fill.Price, exit.Fill.Liquidity));
        var cancelled = Assert.Single(h.Cancelled).Order;
        Assert.Equal((BracketRole.StopLoss, CancelReason.OcoSiblingFilled), (cancelled.Role, cancelled.CancelReason));
        Assert.Equal(0m, h.Sim.GetPosition(Btc));
        Assert.Empty(h.Sim.GetOpenOrders());
        Assert.Equal(0, h.Sim.AmbiguousExits);
    }

    [Fact]
    public void Bracket_StopFills_CancelsTheTarget()
    {
        var h = LongBracketOpened(out _);
        h.Feed(103m, 105m, 94m, 96m);

        var exit = h.Fills[^1];
        Assert.Equal((BracketRole.StopLoss, 95m, Liquidity.Taker), (exit.Order.Role, exit.Fill.Price, exit.Fill.Liquidity));
        Assert.Equal(BracketRole.TakeProfit, Assert.Single(h.Cancelled).Order.Role);
        Assert.Equal(0m, h.Sim.GetPosition(Btc));
    }

    [Fact]
    public void Bracket_BarTouchingStopAndTargetWithoutLowerTimeframe_AssumesTheStopAndCountsIt()
    {
        var h = LongBracketOpened(out _);
        h.Feed(103m, 111m, 94m, 100m);

        Assert.Equal((BracketRole.StopLoss, 95m), (h.Fills[^1].Order.Role, h.Fills[^1].Fill.Price));
        Assert.Equal(BracketRole.TakeProfit, Assert.Single(h.Cancelled).Order.Role);
        Assert.Equal(1, h.Sim.AmbiguousExits);
    }

    [Fact]
    public void Bracket_AmbiguousBarWithLowerTimeframeShowingTargetFirst_TakesTheTarget()
    {
        var h = LongBracketOpened(out _);
        var at = Hour(2);
        Candle[] quarters =
        [
            new(at, 103m, 111m, 102m, 109m, 250m),
            new(at.AddMinutes(15), 109m, 109m, 97m, 98m, 250m),
            new(at.AddMinutes(30), 98m, 99m, 94m, 95m, 250m),
            new(at.AddMinutes(45), 95m, 100m, 95m, 100m, 250m),
        ];
        h.Feed(103m, 111m, 94m, 100m, 1000m, quarters);

        var exit = h.Fills[^1];
        Assert.Equal((BracketRole.TakeProfit, 110m, at), (exit.Order.Role, exit.Fill.Price, exit.Fill.Time));
        Assert.Equal(0, h.Sim.AmbiguousExits);
    }

    [Fact]
    public void Bracket_AmbiguousBarWithLowerTimeframeSourceShowingStopFirst_TakesTheStop()
    {
        var at = Hour(2);
        var source = new SmartMarket.Trading.Execution.LowerTimeframeCandles(Timeframe.H1);
        source.Add(Btc,
        [
            new(at.AddMinutes(-15), 100m, 104m, 100m, 103m, 250m), // the bar before: must be left out by the lookup
            new(at, 103m, 104m, 94m, 96m, 500m),
            new(at.AddMinutes(30), 96m, 111m, 96m, 100m, 500m),
        ]);
        var h = LongBracketOpened(out _, source);
        h.Feed(103m, 111m, 94m, 100m);

        var exit = h.Fills[^1];
        Assert.Equal((BracketRole.StopLoss, 95m), (exit.Order.Role, exit.Fill.Price));
        Assert.Equal(0, h.Sim.AmbiguousExits);
    }

    [Fact]
    public void Bracket_LowerTimeframeCandleItselfTouchingBoth_StillAssumesTheStopAndCountsIt()
    {
        var h = LongBracketOpened(out _);
        var at = Hour(2);
        Candle[] halves = [new(at, 103m, 111m, 94m, 98m, 500m), new(at.AddMinutes(30), 98m, 100m, 97m, 100m, 500m)];
        h.Feed(103m, 111m, 94m, 100m, 1000m, halves);

        Assert.Equal(BracketRole.StopLoss, h.Fills[^1].Order.Role);
        Assert.Equal(1, h.Sim.AmbiguousExits);
    }

    [Fact]
    public void Bracket_MarketEntryAtTheOpen_CanExitAtTheTargetInTheSameBar()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Market(Btc, Side.Buy, 1m).WithBracket(95m, 110m));
        h.Feed(100m, 111m, 99m, 108m); // the entry is the open, so everything in the range came after it

        Assert.Equal([(BracketRole.Entry, 100m), (BracketRole.TakeProfit, 110m)], h.Fills.Select(f => (f.Order.Role, f.Fill.Price)));
        Assert.Equal(0, h.Sim.AmbiguousExits);
    }

    [Fact]
    public void Bracket_LimitEntryInsideTheBar_StopBelowItIsSurelyAfterTheEntry()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Limit(Btc, Side.Buy, 1m, 98m).WithBracket(95m, 105m));
        h.Feed(100m, 101m, 94m, 96m); // from 100 down to 94 the price passes 98 before 95

        Assert.Equal([(BracketRole.Entry, 98m), (BracketRole.StopLoss, 95m)], h.Fills.Select(f => (f.Order.Role, f.Fill.Price)));
        Assert.Equal(0, h.Sim.AmbiguousExits);
    }

    [Fact]
    public void Bracket_LimitEntryInsideTheBar_TargetMayHaveComeBeforeTheEntrySoWaitsForTheNextBar()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Limit(Btc, Side.Buy, 1m, 98m).WithBracket(95m, 105m));
        h.Feed(100m, 106m, 97m, 104m);

        Assert.Equal(BracketRole.Entry, Assert.Single(h.Fills).Order.Role);
        Assert.Equal(1, h.Sim.AmbiguousExits);

        h.Feed(104m, 106m, 103m, 105m);
        Assert.Equal((BracketRole.TakeProfit, 105m), (h.Fills[^1].Order.Role, h.Fills[^1].Fill.Price));
    }

    [Fact]
    public void Bracket_StopEntryInsideTheBar_TargetAboveItIsSurelyAfterTheEntry()
    {
        var h = new SimHarness();
        h.Feed(100m, 102m, 99m, 102m);
        h.Submit(OrderRequest.Stop(Btc, Side.Buy, 1m, 105m).WithBracket(100m, 110m));
        h.Feed(102m, 111m, 101m, 109m);

        Assert.Equal([(BracketRole.Entry, 105m), (BracketRole.TakeProfit, 110m)], h.Fills.Select(f => (f.Order.Role, f.Fill.Price)));
        Assert.Equal(0, h.Sim.AmbiguousExits);
    }

    [Fact]
    public void Bracket_StopEntryInsideTheBar_StopLegTouchedMaybeBeforeTheEntry_AssumesTheStop()
    {
        var h = new SimHarness();
        h.Feed(100m, 102m, 99m, 102m);
        h.Submit(OrderRequest.Stop(Btc, Side.Buy, 1m, 105m).WithBracket(100m, 110m));
        h.Feed(102m, 106m, 99m, 101m);

        Assert.Equal([(BracketRole.Entry, 105m), (BracketRole.StopLoss, 100m)], h.Fills.Select(f => (f.Order.Role, f.Fill.Price)));
        Assert.Equal(1, h.Sim.AmbiguousExits);
    }

    [Fact]
    public void Bracket_GapThroughTheStopLeg_ExitsAtTheOpen()
    {
        var h = LongBracketOpened(out _);
        h.Feed(90m, 92m, 89m, 91m);

        Assert.Equal((BracketRole.StopLoss, 90m), (h.Fills[^1].Order.Role, h.Fills[^1].Fill.Price));
    }

    [Fact]
    public void Bracket_ShortEntry_MirrorsTheLegs()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Market(Btc, Side.Sell, 2m).WithBracket(stopLoss: 104m, takeProfit: 90m));
        h.Feed(100m, 101m, 99m, 100m);
        h.Feed(100m, 101m, 89m, 90m);

        Assert.Equal([(Side.Sell, 100m), (Side.Buy, 90m)], h.Fills.Select(f => (f.Fill.Side, f.Fill.Price)));
        Assert.Equal(0m, h.Sim.GetPosition(Btc));
    }

    [Fact]
    public void Bracket_CancellingOneLeg_CancelsTheOther()
    {
        var h = LongBracketOpened(out _);
        var stop = h.Sim.GetOpenOrders(Btc).Single(o => o.Role == BracketRole.StopLoss);

        Assert.True(h.Sim.Cancel(stop.Id));

        Assert.Equal([(BracketRole.StopLoss, CancelReason.ClientRequest), (BracketRole.TakeProfit, CancelReason.OcoSiblingCancelled)],
            h.Cancelled.Select(c => (c.Order.Role, c.Order.CancelReason!.Value)));
        Assert.Empty(h.Sim.GetOpenOrders());
        Assert.False(h.Sim.Cancel(stop.Id));
    }

    [Fact]
    public void Bracket_EntryFilledInParts_GrowsTheLegsToCoverEachFill()
    {
        var h = new SimHarness(SimHarness.Frictionless with { MaxVolumeShare = 0.1m });
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Market(Btc, Side.Buy, 10m).WithBracket(95m, 110m));
        h.Feed(100m, 101m, 99m, 100m, volume: 40m);
        Assert.All(h.Sim.GetOpenOrders(Btc).Where(o => o.Role != BracketRole.Entry), leg => Assert.Equal(4m, leg.Quantity));

        h.Feed(100m, 101m, 99m, 100m, volume: 60m);
        Assert.All(h.Sim.GetOpenOrders(Btc), leg => Assert.Equal(10m, leg.Quantity));

        h.Feed(100m, 111m, 99m, 110m, volume: 1000m);
        Assert.Equal(0m, h.Sim.GetPosition(Btc));
        Assert.Empty(h.Sim.GetOpenOrders());
    }

    [Fact]
    public void Bracket_ExitWhileEntryIsPartlyFilled_CancelsTheEntrysRest()
    {
        var h = new SimHarness(SimHarness.Frictionless with { MaxVolumeShare = 0.1m });
        h.Feed(100m, 100m, 100m, 100m);
        var entry = h.Submit(OrderRequest.Limit(Btc, Side.Buy, 10m, 100m).WithBracket(95m, 103m));
        h.Feed(101m, 101.5m, 99.9m, 101m, volume: 40m); // 4 of 10 fill at the limit
        h.Feed(102m, 104m, 101m, 103m, volume: 1000m); // the entry is not reached; the target is

        Assert.Equal([(BracketRole.Entry, 4m), (BracketRole.TakeProfit, 4m)], h.Fills.Select(f => (f.Order.Role, f.Fill.Quantity)));
        var cancelledEntry = Assert.Single(h.Cancelled, c => c.Order.Id == entry.Id).Order;
        Assert.Equal(CancelReason.BracketExited, cancelledEntry.CancelReason);
        Assert.Equal(4m, cancelledEntry.FilledQuantity);
        Assert.Equal(0m, h.Sim.GetPosition(Btc));
    }

    private static SimHarness LongBracketOpened(out OrderState entry, SmartMarket.Trading.Execution.ILowerTimeframeSource? source = null)
    {
        var h = new SimHarness(lowerTimeframe: source);
        h.Feed(100m, 100m, 100m, 100m);
        entry = h.Submit(OrderRequest.Market(Btc, Side.Buy, 1m).WithBracket(stopLoss: 95m, takeProfit: 110m));
        h.Feed(100m, 104m, 98m, 103m);
        Assert.Equal((BracketRole.Entry, 100m), (h.Fills[0].Order.Role, h.Fills[0].Fill.Price));
        Assert.Equal(3, h.Accepted.Count);
        return h;
    }
}
