using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>
/// Runs one bar against a symbol's working orders in the only order a bar's data can vouch for: first the open
/// (market orders, arrivals, gaps through stops and limits), then stops touched inside the range, then limits
/// touched inside the range, and finally trailing stops ratchet to the bar's extreme for the next bar. Stops go
/// before limits because, when a bar touches both, the adverse move is the one to assume.
/// </summary>
internal sealed class BarExecutor(FillEngine engine, bool limitRequiresTradeThrough)
{
    public void Execute(MarketBook book, ref BarContext ctx)
    {
        if (!AnyOrderActs(book, ctx, out var trailing))
        {
            if (trailing)
                TrailPhase(book, ref ctx);
            return;
        }
        book.Executing = true;
        try
        {
            OpenPhase(book, ref ctx);
            StopPhase(book, ref ctx);
            LimitPhase(book, ref ctx);
            TrailPhase(book, ref ctx);
        }
        finally
        {
            book.Executing = false;
            book.RemoveFinished();
        }
    }

    /// <summary>
    /// Most bars fill nothing. This one pass finds out, with one or two comparisons per order, whether any order
    /// arrives, fills or triggers in this bar; only then do the four phases run. It anchors trailing stops at the
    /// open, exactly as the open phase would.
    /// </summary>
    private bool AnyOrderActs(MarketBook book, in BarContext ctx, out bool trailing)
    {
        trailing = false;
        var orders = book.Orders;
        ref readonly var bar = ref ctx.Bar;
        ref readonly var approx = ref ctx.Approx;
        for (var i = 0; i < orders.Count; i++)
        {
            var o = orders[i];
            if (!Eligible(o, ctx))
                continue;
            if (o.ActivatedAt is null)
                return true;
            switch (o.Type)
            {
                case OrderType.Market:
                    return true;
                case OrderType.Limit:
                    if (PriceRules.LimitHit(o.IsBuy, o.LimitPrice, o.LimitApprox, bar, approx, limitRequiresTradeThrough))
                        return true;
                    break;
                case OrderType.StopLimit:
                    if (o.Triggered
                        ? PriceRules.LimitHit(o.IsBuy, o.LimitPrice, o.LimitApprox, bar, approx, limitRequiresTradeThrough)
                        : PriceRules.StopHit(o.IsBuy, o.StopPrice, o.StopApprox, bar, approx))
                        return true;
                    break;
                default:
                    if (o.Triggered)
                        return true;
                    if (o.Type == OrderType.TrailingStop)
                    {
                        trailing = true;
                        o.Trail(bar.Open, approx.Open);
                    }
                    if (PriceRules.StopHit(o.IsBuy, o.StopPrice, o.StopApprox, bar, approx))
                        return true;
                    break;
            }
        }
        return false;
    }

    private static bool Eligible(WorkingOrder o, in BarContext ctx) =>
        !o.IsTerminal && o.SkipBar != ctx.Seq && o.SubmittedAt <= ctx.Time;

    private void OpenPhase(MarketBook book, ref BarContext ctx)
    {
        var open = ctx.Bar.Open;
        var orders = book.Orders;
        for (var i = 0; i < orders.Count; i++)
        {
            var o = orders[i];
            if (!Eligible(o, ctx))
                continue;
            var arriving = o.ActivatedAt is null;
            if (arriving)
                o.ActivatedAt = ctx.Time;
            switch (o.Type)
            {
                case OrderType.Market:
                    engine.Take(book, ref ctx, o, open, 0m);
                    engine.ExpireIfImmediate(book, o, ctx.Time);
                    break;
                case OrderType.Limit:
                    // A new marketable limit crosses the spread (taker, at the open or better); a resting one the
                    // market gapped through was in the book already and fills at its own price (maker).
                    if (arriving)
                    {
                        if (PriceRules.Marketable(o.IsBuy, o.LimitPrice, open))
                            engine.Take(book, ref ctx, o, open, o.LimitPrice);
                        engine.ExpireIfImmediate(book, o, ctx.Time);
                    }
                    else if (PriceRules.Crossed(o.IsBuy, o.LimitPrice, open, limitRequiresTradeThrough))
                        engine.Execute(book, ref ctx, o, o.LimitPrice, Liquidity.Maker);
                    break;
                case OrderType.Stop:
                case OrderType.TrailingStop:
                    OpenStop(book, ref ctx, o);
                    break;
                case OrderType.StopLimit:
                    OpenStopLimit(book, ref ctx, o);
                    break;
            }
        }
    }

    private void OpenStop(MarketBook book, ref BarContext ctx, WorkingOrder o)
    {
        var open = ctx.Bar.Open;
        if (o.Triggered)
        {
            // Triggered in an earlier bar but not fully filled: it is a market order now.
            engine.Take(book, ref ctx, o, open, 0m);
            return;
        }
        if (o.Type == OrderType.TrailingStop)
            o.Trail(open, ctx.Approx.Open);
        if (!PriceRules.Through(o.IsBuy, o.StopPrice, open))
            return;
        // Gapped through: the first price available is the open, not the stop.
        o.Triggered = true;
        engine.Take(book, ref ctx, o, open, 0m);
        engine.ExpireIfImmediate(book, o, ctx.Time);
    }

    private void OpenStopLimit(MarketBook book, ref BarContext ctx, WorkingOrder o)
    {
        var open = ctx.Bar.Open;
        if (o.Triggered)
        {
            if (PriceRules.Crossed(o.IsBuy, o.LimitPrice, open, limitRequiresTradeThrough))
                engine.Execute(book, ref ctx, o, o.LimitPrice, Liquidity.Maker);
            return;
        }
        if (!PriceRules.Through(o.IsBuy, o.StopPrice, open))
            return;
        o.Triggered = true;
        if (PriceRules.Marketable(o.IsBuy, o.LimitPrice, open))
            engine.Take(book, ref ctx, o, open, o.LimitPrice);
        engine.ExpireIfImmediate(book, o, ctx.Time);
    }

    private void StopPhase(MarketBook book, ref BarContext ctx)
    {
        var orders = book.Orders;
        for (var i = 0; i < orders.Count; i++)
        {
            var o = orders[i];
            if (o.Triggered || o.Type is not (OrderType.Stop or OrderType.TrailingStop or OrderType.StopLimit) || !Eligible(o, ctx))
                continue;
            if (!PriceRules.StopHit(o.IsBuy, o.StopPrice, ctx.Bar.High, ctx.Bar.Low))
                continue;
            if (o.Role == BracketRole.StopLoss)
                HoldBackTargetIfAlsoHit(o, ref ctx);
            var hadLegs = o.StopLeg is not null;
            o.Triggered = true;
            if (o.Type != OrderType.StopLimit)
                engine.Take(book, ref ctx, o, o.StopPrice, 0m);
            else if (PriceRules.Marketable(o.IsBuy, o.LimitPrice, o.StopPrice))
                engine.Take(book, ref ctx, o, o.StopPrice, o.LimitPrice);
            else
                o.SkipBar = ctx.Seq; // rests beyond the trigger; whether the bar came back to it after the trigger is unknown
            engine.ExpireIfImmediate(book, o, ctx.Time);
            if (!hadLegs && o.StopLeg is not null)
                SettleNewLegs(book, ref ctx, o, o.StopPrice);
        }
    }

    private void LimitPhase(MarketBook book, ref BarContext ctx)
    {
        var orders = book.Orders;
        var high = ctx.Bar.High;
        var low = ctx.Bar.Low;
        for (var i = 0; i < orders.Count; i++)
        {
            var o = orders[i];
            if (!(o.Type == OrderType.Limit || (o.Type == OrderType.StopLimit && o.Triggered)) || !Eligible(o, ctx))
                continue;
            if (!PriceRules.LimitHit(o.IsBuy, o.LimitPrice, high, low, limitRequiresTradeThrough))
                continue;
            var hadLegs = o.StopLeg is not null;
            engine.Execute(book, ref ctx, o, o.LimitPrice, Liquidity.Maker);
            if (!hadLegs && o.StopLeg is not null)
                SettleNewLegs(book, ref ctx, o, o.LimitPrice);
        }
    }

    private static void TrailPhase(MarketBook book, ref BarContext ctx)
    {
        var orders = book.Orders;
        for (var i = 0; i < orders.Count; i++)
        {
            var o = orders[i];
            if (o.Type == OrderType.TrailingStop && !o.Triggered && Eligible(o, ctx))
            {
                if (o.IsBuy)
                    o.Trail(ctx.Bar.Low, ctx.Approx.Low);
                else
                    o.Trail(ctx.Bar.High, ctx.Approx.High);
            }
        }
    }

    // Both legs of a pair touched in one bar: which came first is unknown, so the stop is taken and the target sits out.
    private void HoldBackTargetIfAlsoHit(WorkingOrder stop, ref BarContext ctx)
    {
        if (stop.Sibling is not { IsTerminal: false } target || target.SkipBar == ctx.Seq)
            return;
        if (!PriceRules.LimitHit(target.IsBuy, target.LimitPrice, ctx.Bar.High, ctx.Bar.Low, limitRequiresTradeThrough))
            return;
        target.SkipBar = ctx.Seq;
        engine.AmbiguousExits++;
    }

    /// <summary>
    /// Legs placed by an entry that filled inside the bar, at <paramref name="entryPrice"/>. A leg touched in the same
    /// bar surely came after the entry only when the open and the leg lie on opposite sides of the entry price (the
    /// path between them passes it). Otherwise, or when both legs were touched, assume the worse: the stop fills and
    /// the target does not.
    /// </summary>
    private void SettleNewLegs(MarketBook book, ref BarContext ctx, WorkingOrder entry, decimal entryPrice)
    {
        var stop = entry.StopLeg!;
        var target = entry.TakeProfitLeg!;
        stop.SkipBar = target.SkipBar = ctx.Seq;
        stop.ActivatedAt = target.ActivatedAt = ctx.Time;
        if (stop.IsTerminal || target.IsTerminal)
            return;
        var bar = ctx.Bar;
        var stopHit = PriceRules.StopHit(stop.IsBuy, stop.StopPrice, bar.High, bar.Low);
        var targetHit = PriceRules.LimitHit(target.IsBuy, target.LimitPrice, bar.High, bar.Low, limitRequiresTradeThrough);
        if (stopHit)
        {
            if (targetHit || !AfterEntry(stop.StopPrice, bar.Open, entryPrice))
                engine.AmbiguousExits++;
            stop.Triggered = true;
            engine.Take(book, ref ctx, stop, stop.StopPrice, 0m);
        }
        else if (targetHit)
        {
            if (AfterEntry(target.LimitPrice, bar.Open, entryPrice))
                engine.Execute(book, ref ctx, target, target.LimitPrice, Liquidity.Maker);
            else
                engine.AmbiguousExits++;
        }
    }

    private static bool AfterEntry(decimal level, decimal open, decimal entry) => open == entry || (level > entry) != (open > entry);
}
