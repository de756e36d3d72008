using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>Rebuilds a simulator's books, orders and bracket links from an <see cref="ExecutionSimulatorState"/>.</summary>
internal static class SimulatorRestorer
{
    public static void Restore(ExecutionSimulatorState state, OrderRegistry registry, MarketBooks books)
    {
        ArgumentNullException.ThrowIfNull(state.Markets, nameof(state.Markets));
        ArgumentNullException.ThrowIfNull(state.Orders, nameof(state.Orders));
        foreach (var market in state.Markets)
            books.Add(MarketBook.FromState(market));

        var byId = new Dictionary<OrderId, WorkingOrder>();
        foreach (var s in state.Orders)
        {
            if (s.Status.IsTerminal())
                throw new ArgumentException($"order {s.Id} is {s.Status}; a snapshot holds only working orders", nameof(state));
            if (s.Id.Value >= state.NextOrderId)
                throw new ArgumentException($"order {s.Id} is not below NextOrderId {state.NextOrderId}", nameof(state));
            var order = WorkingOrder.FromState(s);
            byId.Add(order.Id, order);
            registry.Add(order);
            books.Get(order.Symbol).Orders.Add(order);
        }
        foreach (var s in state.Orders)
            Link(s, byId);
        registry.NextId = state.NextOrderId;
    }

    // Finished entries are not in a snapshot; the legs then keep no parent, which is all a finished entry needs.
    private static void Link(OrderState s, Dictionary<OrderId, WorkingOrder> byId)
    {
        var order = byId[s.Id];
        if (s.SiblingId is { } siblingId)
        {
            order.Sibling = byId.GetValueOrDefault(siblingId)
                ?? throw new ArgumentException($"order {s.Id} names sibling {siblingId}, which is not in the snapshot", nameof(s));
        }
        if (s.ParentId is { } parentId && byId.TryGetValue(parentId, out var parent))
        {
            order.Parent = parent;
            if (s.Role == BracketRole.StopLoss)
                parent.StopLeg = order;
            else if (s.Role == BracketRole.TakeProfit)
                parent.TakeProfitLeg = order;
        }
    }
}
