namespace SmartMarket.Trading.Smc;

/// <summary>One of the previous UTC day's open, high, low or close, with how strongly it was defended.</summary>
/// <param name="Touches">Intraday bars of that day that came within the touch tolerance of the level (at least 1).</param>
/// <param name="Score">0..1: half from touches (1 touch = 0, 4 or more = 1), half from the day's range vs. average (2x = 1).</param>
/// <param name="Strength">Strong when <see cref="Score"/> is at least 0.6, moderate from 0.3, weak below.</param>
public readonly record struct DailyLevel(DailyLevelKind Kind, decimal Price, int Touches, double Score, LevelStrength Strength);
