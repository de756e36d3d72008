using SmartMarket.Grains.Accounts;

namespace SmartMarket.Api.GraphQL;

/// <summary>Folds an account's journal into its orders, oldest first.</summary>
internal static class OrderBook
{
    public static List<OrderView> Fold(IReadOnlyList<AccountJournalRecord> journal)
    {
        var orders = new List<OrderView>();
        var byId = new Dictionary<string, OrderView>(StringComparer.Ordinal);
        foreach (var r in journal)
        {
            if (r.ClientOrderId is null)
                continue;
            if (r.Kind == AccountRecordKind.OrderRequested)
            {
                if (byId.ContainsKey(r.ClientOrderId))
                    continue;
                var order = new OrderView
                {
                    ClientOrderId = r.ClientOrderId, Ticker = r.Symbol, Side = r.Side, Quantity = r.Quantity,
                    Status = OrderStatus.Pending, Created = r.Time, Updated = r.Time,
                    Type = TypeOf(r.Terms), LimitPrice = r.Terms?.LimitPrice, StopPrice = r.Terms?.StopPrice,
                    TimeInForce = r.Terms?.TimeInForce ?? Trading.Orders.TimeInForce.Gtc, ReduceOnly = r.Terms?.ReduceOnly ?? false,
                };
                byId[r.ClientOrderId] = order;
                orders.Add(order);
                continue;
            }
            if (!byId.TryGetValue(r.ClientOrderId, out var o))
                continue;
            Apply(o, r);
        }
        return orders;
    }

    private static OrderType TypeOf(OrderTerms? terms) => terms?.Type switch
    {
        Trading.Orders.OrderType.Limit => OrderType.Limit,
        Trading.Orders.OrderType.Stop => OrderType.Stop,
        Trading.Orders.OrderType.StopLimit => OrderType.StopLimit,
        Trading.Orders.OrderType.TrailingStop => OrderType.TrailingStop,
        _ => OrderType.Market,
    };

    private static void Apply(OrderView o, AccountJournalRecord r)
    {
        o.Updated = r.Time;
        switch (r.Kind)
        {
            case AccountRecordKind.OrderAccepted:
                o.OrderId = r.OrderId;
                if (r.Quantity > 0m)
                    o.Quantity = r.Quantity;
                o.Status = OrderStatus.Open;
                break;
            case AccountRecordKind.OrderRejected:
                o.Status = OrderStatus.Rejected;
                o.Reason = r.Text;
                break;
            case AccountRecordKind.OrderCancelled:
                o.Status = OrderStatus.Cancelled;
                o.Reason = r.Text;
                break;
            case AccountRecordKind.OrderFilled:
                var filled = o.FilledQuantity + r.Quantity;
                o.AverageFillPrice = (o.AverageFillPrice * o.FilledQuantity + r.Price * r.Quantity) / filled;
                o.FilledQuantity = filled;
                o.Fees += r.Amount;
                o.Status = filled >= o.Quantity ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
                break;
        }
    }
}
