namespace SmartMarket.Trading.Orders;

/// <summary>
/// Where an order is in its life. Filled, Cancelled, Rejected and Expired are final and come last, so that
/// <see cref="OrderStatusExtensions.IsTerminal"/> is one comparison.
/// </summary>
public enum OrderStatus
{
    /// <summary>Sent but not yet acknowledged by the venue.</summary>
    New = 1,

    /// <summary>Acknowledged and working, nothing filled yet.</summary>
    Accepted = 2,

    /// <summary>Working with part of the quantity filled.</summary>
    PartiallyFilled = 3,

    /// <summary>The whole quantity filled.</summary>
    Filled = 4,

    /// <summary>Stopped by the client or by a linked order; may hold a partial fill.</summary>
    Cancelled = 5,

    /// <summary>Refused at submission; see <see cref="OrderState.Rejection"/>.</summary>
    Rejected = 6,

    /// <summary>Ended by its time in force (IOC remainder, FOK that could not fill); may hold a partial fill.</summary>
    Expired = 7,
}
