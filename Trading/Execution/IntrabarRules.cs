using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>Decides when a bar may hide the order of a bracket's exits, so that lower-timeframe data is worth asking for.</summary>
internal static class IntrabarRules
{
    /// <summary>
    /// True when some bracket could see both an entry and an exit, or both exits, in this bar. Errs towards true:
    /// replaying a bar through its lower-timeframe candles is never less accurate, only slower.
    /// </summary>
    public static bool MayBeAmbiguous(MarketBook book, in Candle bar, bool tradeThrough)
    {
        var orders = book.Orders;
        for (var i = 0; i < orders.Count; i++)
        {
            var o = orders[i];
            if (o.IsTerminal)
                continue;
            if (o.Role == BracketRole.Entry && o.Request.Bracket is { } b && o.StopLeg is null)
            {
                var exitIsBuy = !o.IsBuy;
                if (PriceRules.StopHit(exitIsBuy, b.StopLoss, bar.High, bar.Low)
                    || PriceRules.LimitHit(exitIsBuy, b.TakeProfit, bar.High, bar.Low, tradeThrough))
                    return true;
            }
            else if (o.Role == BracketRole.StopLoss && o.Sibling is { IsTerminal: false } target
                && PriceRules.StopHit(o.IsBuy, o.StopPrice, bar.High, bar.Low)
                && PriceRules.LimitHit(target.IsBuy, target.LimitPrice, bar.High, bar.Low, tradeThrough))
                return true;
        }
        return false;
    }
}
