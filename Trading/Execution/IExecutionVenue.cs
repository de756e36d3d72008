using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>
/// Where orders go: the paper <see cref="ExecutionSimulator"/> or a live exchange adapter. Every submitted order
/// is either accepted or rejected with a reason; afterwards it reports fills and ends filled, cancelled or expired.
/// Handlers run on the caller's thread, inside the call that caused the event.
/// </summary>
public interface IExecutionVenue
{
    /// <summary>An order (including a bracket leg the venue placed itself) is working.</summary>
    event Action<OrderAccepted>? Accepted;

    /// <summary>An order filled, completely or in part.</summary>
    event Action<OrderFilled>? Filled;

    /// <summary>A working order was cancelled, by the client or by a linked order.</summary>
    event Action<OrderCancelled>? Cancelled;

    /// <summary>An order was refused at submission; the state carries the reason.</summary>
    event Action<OrderRejected>? Rejected;

    /// <summary>An order's time in force ran out (IOC rest, FOK that could not fill).</summary>
    event Action<OrderExpired>? Expired;

    /// <summary>Sends an order; the returned state is <see cref="OrderStatus.Accepted"/> or <see cref="OrderStatus.Rejected"/>.</summary>
    ValueTask<OrderState> SubmitAsync(OrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cancels a working order; false when the venue holds no working order with that id.</summary>
    ValueTask<bool> CancelAsync(OrderId orderId, CancellationToken cancellationToken = default);

    /// <summary>Cancels a working order by the client's id; false when none is working under it.</summary>
    ValueTask<bool> CancelAsync(string clientOrderId, CancellationToken cancellationToken = default);
}
