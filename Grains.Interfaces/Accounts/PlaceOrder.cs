using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace SmartMarket.Grains.Accounts;

/// <summary>A command to buy or sell: at market by default, or any order type the paper venue supports.</summary>
/// <param name="ClientOrderId">Idempotency key chosen by the caller: the same id always gets the same answer.</param>
/// <param name="Symbol">The ticker.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Quantity">Base units, positive.</param>
/// <param name="Reason">Why (a signal's reason, "manual", "emergency stop"); kept in the journal.</param>
/// <param name="Type">Market, limit, stop, stop-limit or trailing stop.</param>
/// <param name="LimitPrice">Required by limit and stop-limit orders, refused on the others; positive.</param>
/// <param name="StopPrice">Required by stop and stop-limit orders, refused on the others; positive.</param>
/// <param name="Trail">Required by trailing stops, refused on the others.</param>
/// <param name="TimeInForce">How long the order works: GTC (default), IOC or FOK.</param>
/// <param name="ReduceOnly">When true the order may only shrink an open opposite position: the venue refuses it with none, and cancels what would go past flat.</param>
public sealed record PlaceOrder(
    string ClientOrderId,
    string Symbol,
    Side Side,
    decimal Quantity,
    string Reason,
    OrderType Type = OrderType.Market,
    decimal? LimitPrice = null,
    decimal? StopPrice = null,
    TrailingOffset? Trail = null,
    TimeInForce TimeInForce = TimeInForce.Gtc,
    bool ReduceOnly = false)
{
    /// <summary>The order terms as the journal keeps them; null for a plain GTC market order that is not reduce-only.</summary>
    public OrderTerms? Terms =>
        Type == OrderType.Market && TimeInForce == TimeInForce.Gtc && !ReduceOnly
            ? null
            : new OrderTerms(Type, LimitPrice, StopPrice, Trail, TimeInForce, ReduceOnly);
}
