namespace SmartMarket.Trading.Risk;

/// <summary>What a <see cref="DailyLossLimit"/> remembers between observations, to store and restore.</summary>
/// <param name="Started">False until the first observation.</param>
/// <param name="Day">The UTC day being tracked (midnight, UTC).</param>
/// <param name="LastTime">Time of the last observation (UTC); later ones must not go before it.</param>
/// <param name="DayStartEquity">Equity at the day's first observation.</param>
/// <param name="LastEquity">The last equity observed.</param>
/// <param name="Breached">Whether the day's loss reached the limit.</param>
/// <param name="BreachLossFraction">The day's loss at the breach; 0 while not breached.</param>
public readonly record struct DailyLossState(
    bool Started, DateTime Day, DateTime LastTime, decimal DayStartEquity, decimal LastEquity, bool Breached, decimal BreachLossFraction);
