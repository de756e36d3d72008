namespace SmartMarket.Grains.Strategies;

/// <summary>A strategy grain's configuration and counters.</summary>
/// <param name="Definition">Null until started.</param>
/// <param name="Halted">True after an emergency stop or a halt.</param>
/// <param name="CandlesSeen">Candles processed since activation.</param>
/// <param name="SignalsEmitted">Signals sent to the account, over the grain's whole life.</param>
/// <param name="LastSignal">The last signal sent, if any.</param>
public sealed record StrategyStatus(StrategyDefinition? Definition, bool Halted, long CandlesSeen, long SignalsEmitted, SignalEmitted? LastSignal);
