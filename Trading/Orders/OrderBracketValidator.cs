using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Orders;

/// <summary>Checks a request's <see cref="BracketSpec"/>: a buy needs stop-loss &lt; entry &lt; take-profit, a sell the reverse.</summary>
internal static class OrderBracketValidator
{
    private const string Field = nameof(OrderRequest.Bracket);

    public static OrderRejection? Check(OrderRequest r, decimal? reference)
    {
        if (r.Bracket is not { } bracket)
            return null;
        if (r.ReduceOnly)
            return OrderRequestValidator.Reject(RejectCode.InvalidBracket, Field, "a reduce-only order cannot open a bracket");
        if (r.Type == OrderType.TrailingStop)
            return OrderRequestValidator.Reject(RejectCode.InvalidBracket, Field, "a trailing stop cannot be a bracket entry");
        if (bracket.StopLoss <= 0m || bracket.TakeProfit <= 0m)
            return OrderRequestValidator.Reject(RejectCode.InvalidPrice, Field,
                $"stop-loss and take-profit must be greater than zero, were {bracket.StopLoss} and {bracket.TakeProfit}");

        // The entry's own price is where the position opens; a market entry opens near the reference price.
        decimal? entry = r.Type switch
        {
            OrderType.Limit => r.LimitPrice,
            OrderType.Stop or OrderType.StopLimit => r.StopPrice,
            _ => reference,
        };
        if (entry is not { } e)
            return OrderRequestValidator.Reject(RejectCode.NoReferencePrice, Field, $"no price for {r.Symbol} yet to check the bracket against");

        var ordered = r.Side == Side.Buy
            ? bracket.StopLoss < e && e < bracket.TakeProfit
            : bracket.TakeProfit < e && e < bracket.StopLoss;
        if (ordered)
            return null;
        var expected = r.Side == Side.Buy ? "stop-loss < entry < take-profit" : "take-profit < entry < stop-loss";
        return OrderRequestValidator.Reject(RejectCode.InvalidBracket, Field,
            $"a {r.Side} bracket needs {expected}; got stop-loss {bracket.StopLoss}, entry {e}, take-profit {bracket.TakeProfit}");
    }
}
