using SmartMarket.Trading.Strategies;

namespace SmartMarket.Grains.Strategies;

/// <summary>A strategy produced a signal the model confirmed; the account turns it into an order.</summary>
/// <param name="StrategyId">The emitting strategy grain.</param>
/// <param name="AccountId">The account it is for.</param>
/// <param name="Signal">The strategy's signal.</param>
/// <param name="ModelScore">The model's confirmation score in [0, 1]; 1 when no model is configured.</param>
/// <param name="ClientOrderId">Stable id for the order this signal may become: a re-sent signal never trades twice.</param>
/// <param name="Settings">The emitting strategy's own sizing settings (from its parameters); null for the symbol's defaults.</param>
public sealed record SignalEmitted(
    string StrategyId, string AccountId, Signal Signal, double ModelScore, string ClientOrderId, SymbolSettings? Settings = null);
