using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>
/// Applies fills and endings to working orders: volume cap, reduce-only cap, fill-or-kill, fees, the venue's
/// position, bracket legs and one-cancels-other. Every state change happens before its event is raised.
/// </summary>
internal sealed class FillEngine(OrderRegistry registry, VenueEvents events, FillPricer pricer)
{
    public FillPricer Pricer { get; } = pricer;

    /// <summary>Bars where a bracket's exit order could not be told from the data and the worse outcome was assumed.</summary>
    public long AmbiguousExits;

    /// <summary>Fills <paramref name="order"/> as a taker with the market at <paramref name="reference"/>.</summary>
    public decimal Take(MarketBook book, ref BarContext ctx, WorkingOrder order, decimal reference, decimal limit) =>
        Execute(book, ref ctx, order, Pricer.Taker(order.IsBuy, reference, ctx.Volatility, limit), Liquidity.Taker);

    /// <summary>Fills as much of <paramref name="order"/> as this bar allows at <paramref name="price"/>; returns the quantity.</summary>
    public decimal Execute(MarketBook book, ref BarContext ctx, WorkingOrder order, decimal price, Liquidity liquidity)
    {
        var quantity = order.Remaining;
        if (order.ReduceOnly)
        {
            var reducible = order.IsBuy ? -book.Position : book.Position;
            if (reducible <= 0m)
            {
                End(book, order, OrderStatus.Cancelled, CancelReason.ReduceOnlyNoPosition, ctx.Time);
                return 0m;
            }
            if (reducible < quantity)
                quantity = reducible;
        }
        var budget = ctx.Budget;
        if (budget < quantity)
            quantity = budget;
        if (order.TimeInForce == TimeInForce.Fok && quantity < order.Remaining)
        {
            End(book, order, OrderStatus.Expired, CancelReason.FokUnfillable, ctx.Time);
            return 0m;
        }
        if (quantity <= 0m)
            return 0m;

        ctx.Consume(quantity);
        var fee = Pricer.Fee(quantity, price, liquidity);
        order.Filled += quantity;
        order.FilledNotional += quantity * price;
        order.Fees += fee;
        book.Position += order.IsBuy ? quantity : -quantity;
        if (order.Filled == order.Quantity)
        {
            order.Status = OrderStatus.Filled;
            registry.Release(order);
            book.Remove(order);
        }
        else
            order.Status = OrderStatus.PartiallyFilled;

        var side = order.IsBuy ? Side.Buy : Side.Sell;
        events.RaiseFilled(new Fill(order.Id, order.ClientOrderId, book.Symbol, side, quantity, price, fee, liquidity, ctx.Time), order);

        if (order.Role == BracketRole.Entry)
            GrowLegs(book, order, quantity, ctx.Time);
        else if (order.Role != BracketRole.None)
            SettleLeg(book, order, quantity, ctx.Time);
        if (order.ReduceOnly && !order.IsTerminal && (order.IsBuy ? book.Position >= 0m : book.Position <= 0m))
            End(book, order, OrderStatus.Cancelled, CancelReason.ReduceOnlyNoPosition, ctx.Time);
        return quantity;
    }

    /// <summary>Ends an IOC or FOK order's unfilled rest once it has had its one chance.</summary>
    public void ExpireIfImmediate(MarketBook book, WorkingOrder order, DateTime time)
    {
        if (order.TimeInForce == TimeInForce.Gtc || order.IsTerminal)
            return;
        var reason = order.TimeInForce == TimeInForce.Ioc ? CancelReason.IocRemainder : CancelReason.FokUnfillable;
        End(book, order, OrderStatus.Expired, reason, time);
    }

    /// <summary>Cancels or expires a working order; a bracket leg takes its sibling with it.</summary>
    public void End(MarketBook book, WorkingOrder order, OrderStatus status, CancelReason reason, DateTime time)
    {
        if (order.IsTerminal)
            return;
        order.Status = status;
        order.CancelReason = reason;
        registry.Release(order);
        book.Remove(order);
        events.RaiseEnded(time, order);
        if (order.Sibling is { IsTerminal: false } sibling)
            End(book, sibling, OrderStatus.Cancelled, CancelReason.OcoSiblingCancelled, time);
    }

    // Legs cover what the entry has filled: placed on its first fill, grown on later ones.
    private void GrowLegs(MarketBook book, WorkingOrder entry, decimal quantity, DateTime time)
    {
        if (entry.StopLeg is { } stop && entry.TakeProfitLeg is { } target)
        {
            if (!stop.IsTerminal)
                stop.Quantity += quantity;
            if (!target.IsTerminal)
                target.Quantity += quantity;
            return;
        }
        var bracket = entry.Request.Bracket!;
        var exit = entry.IsBuy ? Side.Sell : Side.Buy;
        var symbol = book.Symbol;
        var stopId = registry.TakeId();
        var stopRequest = OrderRequest.Stop(symbol, exit, quantity, bracket.StopLoss) with
        {
            ReduceOnly = true,
            ClientOrderId = registry.MakeClientId(stopId, entry.ClientOrderId + "-sl"),
        };
        stop = new WorkingOrder(stopId, stopRequest.ClientOrderId, stopRequest, entry.SubmittedAt, BracketRole.StopLoss, quantity);
        registry.Add(stop);
        var targetId = registry.TakeId();
        var targetRequest = OrderRequest.Limit(symbol, exit, quantity, bracket.TakeProfit) with
        {
            ReduceOnly = true,
            ClientOrderId = registry.MakeClientId(targetId, entry.ClientOrderId + "-tp"),
        };
        target = new WorkingOrder(targetId, targetRequest.ClientOrderId, targetRequest, entry.SubmittedAt, BracketRole.TakeProfit, quantity);
        registry.Add(target);

        stop.Parent = target.Parent = entry;
        stop.Sibling = target;
        target.Sibling = stop;
        entry.StopLeg = stop;
        entry.TakeProfitLeg = target;
        book.Orders.Add(stop);
        book.Orders.Add(target);
        events.RaiseAccepted(time, stop);
        events.RaiseAccepted(time, target);
    }

    // Both legs always cover (entry filled - exits so far); once an exit fills, the trade is over and the entry's rest goes.
    private void SettleLeg(MarketBook book, WorkingOrder leg, decimal quantity, DateTime time)
    {
        var sibling = leg.Sibling!;
        if (!sibling.IsTerminal)
            sibling.Quantity -= quantity;
        if (leg.Parent is { } entry)
            End(book, entry, OrderStatus.Cancelled, CancelReason.BracketExited, time);
        if (!sibling.IsTerminal && (leg.IsTerminal || sibling.Remaining <= 0m))
            End(book, sibling, OrderStatus.Cancelled, CancelReason.OcoSiblingFilled, time);
    }
}
