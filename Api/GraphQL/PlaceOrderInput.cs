using GraphQL.Execution;
using SmartMarket.Trading.MarketData;

namespace SmartMarket.Api.GraphQL;

/// <summary>The <c>placeOrder</c> input, built from the GraphQL input object.</summary>
public sealed record PlaceOrderInput(
    string AccountId, string ClientOrderId, string Ticker, Side Side, OrderType Type, decimal Quantity, decimal? LimitPrice, decimal? StopPrice, string? Reason)
{
    internal static PlaceOrderInput From(InputValues v) => new(
        v.Get<string>("accountId"), v.Get<string>("clientOrderId"), v.Get<string>("ticker"), v.Get<Side>("side"),
        v.GetOrDefault("type", OrderType.Market), v.Get<decimal>("quantity"), v.GetOrDefault<decimal?>("limitPrice"),
        v.GetOrDefault<decimal?>("stopPrice"), v.GetOrDefault<string?>("reason"));
}
