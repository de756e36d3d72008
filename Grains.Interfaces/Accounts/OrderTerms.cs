using SmartMarket.Trading.Orders;

namespace SmartMarket.Grains.Accounts;

/// <summary>What an order request asked for beyond side and quantity; journaled with <see cref="AccountRecordKind.OrderRequested"/>.</summary>
/// <param name="Type">The order type.</param>
/// <param name="LimitPrice">Limit price of limit and stop-limit orders.</param>
/// <param name="StopPrice">Trigger price of stop and stop-limit orders.</param>
/// <param name="Trail">Trail of a trailing stop.</param>
/// <param name="TimeInForce">How long the order works.</param>
/// <param name="ReduceOnly">Whether the order could only shrink a position (false on journals written before it existed).</param>
public sealed record OrderTerms(OrderType Type, decimal? LimitPrice, decimal? StopPrice, TrailingOffset? Trail, TimeInForce TimeInForce, bool ReduceOnly = false);
