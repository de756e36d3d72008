namespace SmartMarket.Trading.Orders;

/// <summary>Helpers on <see cref="OrderStatus"/>.</summary>
public static class OrderStatusExtensions
{
    /// <summary>True when the order can no longer fill or change.</summary>
    public static bool IsTerminal(this OrderStatus status) => status >= OrderStatus.Filled;
}
