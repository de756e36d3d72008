using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>An order's time in force ended it; <see cref="OrderState.CancelReason"/> says how.</summary>
public sealed record OrderExpired(DateTime Time, OrderState Order);
