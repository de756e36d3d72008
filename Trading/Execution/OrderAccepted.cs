using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>The venue accepted an order, or placed a bracket leg, and it is now working.</summary>
public sealed record OrderAccepted(DateTime Time, OrderState Order);
