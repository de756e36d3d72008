using SmartMarket.Grains.Strategies;

namespace SmartMarket.Api.GraphQL;

/// <summary>A strategy grain's id with its status.</summary>
public sealed record StrategyView(string Id, StrategyStatus Status);
