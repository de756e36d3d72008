using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>An order filled (in part); <see cref="Order"/> is its state after the fill.</summary>
public sealed record OrderFilled(Fill Fill, OrderState Order);
