using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>A working order was cancelled; <see cref="OrderState.CancelReason"/> says why.</summary>
public sealed record OrderCancelled(DateTime Time, OrderState Order);
