using GraphQL.Execution;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace SmartMarket.Api.GraphQL;

/// <summary>The <c>placeOrder</c> input, built from the GraphQL input object.</summary>
public sealed record PlaceOrderInput(
    string AccountId, string ClientOrderId, string Ticker, Side Side, OrderType Type, decimal Quantity, decimal? LimitPrice, decimal? StopPrice, string? Reason)
{
    /// <summary>Trail of a trailing stop as a price distance.</summary>
    public decimal? TrailAmount { get; init; }

    /// <summary>Trail of a trailing stop as a percentage of the best price (1.5 means 1.5 %).</summary>
    public decimal? TrailPercent { get; init; }

    /// <summary>How long the order works; GTC unless given.</summary>
    public TimeInForce TimeInForce { get; init; } = TimeInForce.Gtc;

    /// <summary>When true the order may only shrink an open opposite position.</summary>
    public bool ReduceOnly { get; init; }

    internal static PlaceOrderInput From(InputValues v) => new(
        v.Get<string>("accountId"), v.Get<string>("clientOrderId"), v.Get<string>("ticker"), v.Get<Side>("side"),
        v.GetOrDefault("type", OrderType.Market), v.Get<decimal>("quantity"), v.GetOrDefault<decimal?>("limitPrice"),
        v.GetOrDefault<decimal?>("stopPrice"), v.GetOrDefault<string?>("reason"))
    {
        TrailAmount = v.GetOrDefault<decimal?>("trailAmount"),
        TrailPercent = v.GetOrDefault<decimal?>("trailPercent"),
        TimeInForce = v.GetOrDefault("timeInForce", TimeInForce.Gtc),
        ReduceOnly = v.GetOrDefault<bool?>("reduceOnly") ?? false,
    };
}
