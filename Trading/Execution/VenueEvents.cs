using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>The simulator's event handlers, shared by the parts that raise them.</summary>
internal sealed class VenueEvents
{
    public Action<OrderAccepted>? Accepted;
    public Action<OrderFilled>? Filled;
    public Action<OrderCancelled>? Cancelled;
    public Action<OrderRejected>? Rejected;
    public Action<OrderExpired>? Expired;

    public void RaiseAccepted(DateTime time, WorkingOrder order) => Accepted?.Invoke(new OrderAccepted(time, order.ToState()));

    public void RaiseFilled(Fill fill, WorkingOrder order) => Filled?.Invoke(new OrderFilled(fill, order.ToState()));

    public void RaiseEnded(DateTime time, WorkingOrder order)
    {
        if (order.Status == OrderStatus.Expired)
            Expired?.Invoke(new OrderExpired(time, order.ToState()));
        else
            Cancelled?.Invoke(new OrderCancelled(time, order.ToState()));
    }

    public void RaiseRejected(DateTime time, OrderState order) => Rejected?.Invoke(new OrderRejected(time, order));
}
