namespace SmartMarket.Grains.Strategies;

/// <summary>What a strategy grain runs: a Trading strategy by name on one symbol, trading for one account.</summary>
/// <param name="Strategy">A name known to <c>StrategyFactory</c>.</param>
/// <param name="Symbol">The ticker it trades.</param>
/// <param name="AccountId">The account its signals go to.</param>
/// <param name="Parameters">Strategy parameters as <c>name=value;...</c> text (<c>StrategyParameters.Parse</c>); empty for defaults.</param>
/// <param name="Model">The model grain asked for a confirmation score; null skips confirmation.</param>
public sealed record StrategyDefinition(string Strategy, string Symbol, string AccountId, string Parameters, string? Model);
