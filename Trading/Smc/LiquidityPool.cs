namespace SmartMarket.Trading.Smc;

/// <summary>Two or more confirmed swing highs (or lows) within the equal-level tolerance, not yet traded through.</summary>
/// <param name="Id">Sequence number, unique within one analyzer.</param>
/// <param name="Level">The most extreme swing of the pool: the highest high (buy side) or lowest low (sell side).</param>
/// <param name="Swings">How many swings make up the pool (2 or more).</param>
/// <param name="FirstTime">Open time of the pool's earliest swing bar (UTC).</param>
/// <param name="KnownAt">Close time of the bar that confirmed the second swing (UTC).</param>
/// <param name="UpdatedAt">Close time of the bar that last changed the pool (a swing joined, or it was taken).</param>
public readonly record struct LiquidityPool(
    long Id,
    LiquiditySide Side,
    decimal Level,
    int Swings,
    DateTime FirstTime,
    DateTime KnownAt,
    LiquidityPoolState State,
    DateTime UpdatedAt);
