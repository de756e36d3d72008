using SmartMarket.Grains.Accounts;
using SmartMarket.Trading.Orders;

namespace SmartMarket.Api.GraphQL;

/// <summary>Checks a <see cref="PlaceOrderInput"/>'s quantity, prices and trail against its type, naming the field at fault.</summary>
internal static class OrderInputCheck
{
    /// <summary>The grain command for a valid input, else a BAD_USER_INPUT error naming the first field at fault.</summary>
    public static PlaceOrder ToCommand(PlaceOrderInput input, string ticker, string reason)
    {
        if (input.Quantity <= 0m)
            throw ApiErrors.BadInput("input.quantity", $"must be positive, got {input.Quantity}");
        var type = input.Type;
        var name = Name(type);
        var usesLimit = type is OrderType.Limit or OrderType.StopLimit;
        var usesStop = type is OrderType.Stop or OrderType.StopLimit;
        var usesTrail = type == OrderType.TrailingStop;
        Price("input.limitPrice", input.LimitPrice, usesLimit, name);
        Price("input.stopPrice", input.StopPrice, usesStop, name);
        if (!usesTrail)
        {
            Absent("input.trailAmount", input.TrailAmount, name);
            Absent("input.trailPercent", input.TrailPercent, name);
        }
        TrailingOffset? trail = null;
        if (usesTrail)
        {
            if (input.TrailAmount is not null && input.TrailPercent is not null)
                throw ApiErrors.BadInput("input.trailPercent", "give trailAmount or trailPercent, not both");
            if (input.TrailAmount is { } amount)
                trail = TrailingOffset.ByAmount(Positive("input.trailAmount", amount));
            else if (input.TrailPercent is { } percent)
                trail = percent < 100m
                    ? TrailingOffset.ByPercent(Positive("input.trailPercent", percent))
                    : throw ApiErrors.BadInput("input.trailPercent", $"must be below 100, got {percent}");
            else
                throw ApiErrors.BadInput("input.trailAmount", "a TRAILING_STOP order needs trailAmount or trailPercent");
        }
        return new PlaceOrder(input.ClientOrderId, ticker, input.Side, input.Quantity, reason, ToTrading(type), input.LimitPrice, input.StopPrice,
            trail, input.TimeInForce, input.ReduceOnly);
    }

    private static void Price(string field, decimal? value, bool used, string type)
    {
        if (!used)
            Absent(field, value, type);
        else if (value is { } price)
            Positive(field, price);
        else
            throw ApiErrors.BadInput(field, $"is required on a {type} order");
    }

    private static void Absent(string field, decimal? value, string type)
    {
        if (value is not null)
            throw ApiErrors.BadInput(field, $"must not be set on a {type} order");
    }

    private static decimal Positive(string field, decimal value) =>
        value > 0m ? value : throw ApiErrors.BadInput(field, $"must be positive, got {value}");

    private static Trading.Orders.OrderType ToTrading(OrderType type) => type switch
    {
        OrderType.Limit => Trading.Orders.OrderType.Limit,
        OrderType.Stop => Trading.Orders.OrderType.Stop,
        OrderType.StopLimit => Trading.Orders.OrderType.StopLimit,
        OrderType.TrailingStop => Trading.Orders.OrderType.TrailingStop,
        _ => Trading.Orders.OrderType.Market,
    };

    /// <summary>The enum value as the schema spells it.</summary>
    private static string Name(OrderType type) => type switch
    {
        OrderType.StopLimit => "STOP_LIMIT",
        OrderType.TrailingStop => "TRAILING_STOP",
        _ => type.ToString().ToUpperInvariant(),
    };
}
