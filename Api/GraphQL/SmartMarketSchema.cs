using GraphQL.Building;
using GraphQL.Types;
using SmartMarket.Api.GraphQL.Types;

namespace SmartMarket.Api.GraphQL;

/// <summary>Builds the SmartMarket GraphQL schema (code-first); <c>Api/schema.graphql</c> is its printed SDL.</summary>
public static class SmartMarketSchema
{
    private static readonly Lazy<Schema> Instance = new(Build);

    /// <summary>The schema, built once: it holds no services, resolvers take them from the request.</summary>
    public static Schema Schema => Instance.Value;

    private static Schema Build()
    {
        var b = new SchemaBuilder();
        b.Description("SmartMarket: market data, paper accounts, strategies and the grain runtime. Authenticate with 'Authorization: Bearer <token>'.");
        MarketTypes.Register(b);
        SmcTypes.Register(b);
        AccountTypes.Register(b);
        StrategyTypes.Register(b);
        RuntimeTypes.Register(b);
        BacktestTypes.Register(b);
        QueryType.Register(b);
        MutationType.Register(b);
        SubscriptionType.Register(b);
        return b.Build();
    }
}
