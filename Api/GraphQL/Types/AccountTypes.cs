using GraphQL.Building;
using SmartMarket.Grains.Accounts;
using SmartMarket.Trading.MarketData;
using VirtualActors;

namespace SmartMarket.Api.GraphQL.Types;

/// <summary>Accounts, positions, orders, journal events and the answers of account mutations.</summary>
internal static class AccountTypes
{
    public static void Register(SchemaBuilder b)
    {
        b.Enum<OrderStatus>("OrderStatus");
        b.Enum<OrderType>("OrderType");
        b.Enum<SmartMarket.Trading.Orders.TimeInForce>("TimeInForce");
        AccountRiskTypes.Register(b);
        b.Enum<AccountRecordKind>("AccountEventKind");
        b.Object<AccountSnapshot>("Account", t =>
        {
            t.Field("id", "ID!", a => a.AccountId);
            t.Field("cash", "Decimal!", a => a.Cash);
            t.Field("equity", "Decimal!", a => a.Equity).Description("Cash plus positions at their last prices.");
            t.Field("realizedPnl", "Decimal!", a => a.RealizedPnl);
            t.Field("fees", "Decimal!", a => a.Fees);
            t.Field("halted", "Boolean!", a => a.Halted).Description("True after an emergency stop: new orders are refused.");
            t.Field("orderCount", "Int!", a => a.Orders);
            t.Field("fillCount", "Int!", a => a.Fills);
            t.Field("openOrderCount", "Int!", a => a.OpenOrders);
            t.Field("lastEventTime", "DateTime", a => a.LastEventTime == DateTime.MinValue ? null : a.LastEventTime);
            t.Field("positions", "[Position!]!", a => a.Positions);
            t.Field("exposure", "Exposure!", a => a);
            t.FieldAsync("risk", "AccountRisk!", async (a, ctx) => await ctx.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(a.AccountId).GetRiskAsync())
                .Description("VaR, CVaR, drawdown, exposure and the use of each risk limit.");
            t.FieldAsync("performance", "AccountPerformance!", async (a, ctx) =>
                await ctx.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(a.AccountId).GetPerformanceAsync())
                .Description("Return, Sharpe, Sortino, drawdown and trade statistics.");
            t.FieldAsync("orders", "[Order!]!", async (a, ctx) =>
            {
                var orders = OrderBook.Fold(await Journal(ctx.GetRequiredService<IGrainFactory>(), a.AccountId));
                var status = ctx.ArgumentOrDefault<OrderStatus?>("status");
                return status is { } s ? orders.FindAll(o => o.Status == s) : orders;
            }).Argument("status", "OrderStatus", a => a.Description("Only orders in this status."));
            t.FieldAsync("trades", "[AccountEvent!]!", async (a, ctx) =>
            {
                var last = ctx.Argument<int>("last");
                if (last is < 1 or > 1000)
                    throw ApiErrors.BadInput("last", "must be between 1 and 1000");
                var fills = new List<AccountJournalRecord>();
                foreach (var r in await Journal(ctx.GetRequiredService<IGrainFactory>(), a.AccountId))
                {
                    if (r.Kind == AccountRecordKind.OrderFilled)
                        fills.Add(r);
                }
                return fills.Count <= last ? fills : fills.GetRange(fills.Count - last, last);
            }).Argument("last", "Int!", a => a.Default(50)).Description("The last fills, oldest first.");
        });
        b.Object<AccountSnapshot>("Exposure", t =>
        {
            t.Description("Market exposure of the open positions at their last prices.");
            t.Field("gross", "Decimal!", a => Gross(a));
            t.Field("net", "Decimal!", a => Net(a));
            t.Field("leverage", "Float!", a => a.Equity > 0m ? (double)(Gross(a) / a.Equity) : 0d).Description("Gross exposure over equity.");
        });
        b.Object<PositionView>("Position", t =>
        {
            t.Field("ticker", "String!", p => p.Symbol);
            t.Field("quantity", "Decimal!", p => p.Quantity).Description("Positive long, negative short.");
            t.Field("averageEntryPrice", "Decimal!", p => p.AverageEntryPrice);
            t.Field("markPrice", "Decimal!", p => p.MarkPrice);
            t.Field("unrealizedPnl", "Decimal!", p => p.UnrealizedPnl);
        });
        b.Object<OrderView>("Order", t =>
        {
            t.Field("clientOrderId", "String!", o => o.ClientOrderId);
            t.Field("orderId", "Long!", o => o.OrderId);
            t.Field("ticker", "String", o => o.Ticker);
            t.Field("side", "Side", o => SideOrNull(o.Side));
            t.Field("type", "OrderType!", o => o.Type);
            t.Field("limitPrice", "Decimal", o => o.LimitPrice);
            t.Field("stopPrice", "Decimal", o => o.StopPrice);
            t.Field("timeInForce", "TimeInForce!", o => o.TimeInForce);
            t.Field("reduceOnly", "Boolean!", o => o.ReduceOnly);
            t.Field("quantity", "Decimal!", o => o.Quantity);
            t.Field("filledQuantity", "Decimal!", o => o.FilledQuantity);
            t.Field("averageFillPrice", "Decimal", o => o.FilledQuantity > 0m ? o.AverageFillPrice : null);
            t.Field("fees", "Decimal!", o => o.Fees);
            t.Field("status", "OrderStatus!", o => o.Status);
            t.Field("reason", "String", o => o.Reason);
            t.Field("created", "DateTime!", o => o.Created);
            t.Field("updated", "DateTime!", o => o.Updated);
        });
        b.Object<AccountJournalRecord>("AccountEvent", t =>
        {
            t.Description("One journal record: an order request, acceptance, rejection, fill or cancellation, a deposit or a stop.");
            t.Field("sequence", "Long!", r => r.Sequence);
            t.Field("kind", "AccountEventKind!", r => r.Kind);
            t.Field("time", "DateTime!", r => r.Time);
            t.Field("clientOrderId", "String", r => r.ClientOrderId);
            t.Field("orderId", "Long!", r => r.OrderId);
            t.Field("ticker", "String", r => r.Symbol);
            t.Field("side", "Side", r => SideOrNull(r.Side));
            t.Field("quantity", "Decimal!", r => r.Quantity);
            t.Field("price", "Decimal!", r => r.Price).Description("Fill price; 0 for other kinds.");
            t.Field("amount", "Decimal!", r => r.Amount).Description("Deposit amount or fill fee; 0 for other kinds.");
            t.Field("text", "String", r => r.Text);
        });
        b.Object<OrderResult>("OrderResult", t =>
        {
            t.Field("clientOrderId", "String!", r => r.ClientOrderId);
            t.Field("accepted", "Boolean!", r => r.Accepted);
            t.Field("orderId", "Long!", r => r.OrderId);
            t.Field("quantity", "Decimal!", r => r.Quantity);
            t.Field("rejectReason", "String", r => r.RejectReason);
        });
        b.Object<EmergencyStopResult>("EmergencyStopResult", t =>
        {
            t.Field("cancelledOrders", "Int!", r => r.CancelledOrders);
            t.Field("flattenedPositions", "Int!", r => r.FlattenedPositions);
            t.Field("haltedStrategies", "Int!", r => r.HaltedStrategies);
        });
    }

    public static Task<IReadOnlyList<AccountJournalRecord>> Journal(IGrainFactory grains, string accountId) =>
        grains.GetGrain<IAccountGrain>(accountId).GetJournalAsync();

    private static object? SideOrNull(Side side) => side is Side.Buy or Side.Sell ? side : null;

    private static decimal Gross(AccountSnapshot a)
    {
        var sum = 0m;
        foreach (var p in a.Positions)
            sum += Math.Abs(p.Quantity * p.MarkPrice);
        return sum;
    }

    private static decimal Net(AccountSnapshot a)
    {
        var sum = 0m;
        foreach (var p in a.Positions)
            sum += p.Quantity * p.MarkPrice;
        return sum;
    }
}
