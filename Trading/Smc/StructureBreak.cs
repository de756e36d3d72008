namespace SmartMarket.Trading.Smc;

/// <summary>A close beyond the last confirmed, not yet broken swing high (bullish) or swing low (bearish).</summary>
/// <param name="Direction">The trend after the break: bullish when a swing high was closed above.</param>
/// <param name="Level">The broken swing's price.</param>
/// <param name="Swing">The swing that was broken.</param>
/// <param name="BarIndex">Index of the bar whose close broke the level.</param>
/// <param name="KnownAt">Close time of that bar (UTC).</param>
public readonly record struct StructureBreak(
    StructureBreakKind Kind,
    Bias Direction,
    decimal Level,
    SwingPoint Swing,
    long BarIndex,
    DateTime KnownAt)
{
    /// <summary>False for the default value, which stands for "no break yet".</summary>
    public bool Exists => KnownAt != default;
}
