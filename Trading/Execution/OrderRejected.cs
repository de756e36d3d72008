using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>An order was refused at submission; <see cref="OrderState.Rejection"/> holds the code and text.</summary>
public sealed record OrderRejected(DateTime Time, OrderState Order);
