namespace SmartMarket.Trading.Smc;

/// <summary>
/// A confirmed fractal swing: the bar at <see cref="Time"/> had the extreme of its window, and that became known when
/// the last right-hand bar of the window closed, at <see cref="KnownAt"/>.
/// </summary>
/// <param name="Price">The swing bar's high (for a high) or low (for a low).</param>
/// <param name="BarIndex">0-based index of the swing bar in the stream.</param>
/// <param name="Time">Open time of the swing bar (UTC).</param>
/// <param name="KnownAt">Close time of the confirming bar (UTC); no decision before it may use this swing.</param>
public readonly record struct SwingPoint(SwingKind Kind, decimal Price, long BarIndex, DateTime Time, DateTime KnownAt)
{
    /// <summary>False for the default value, which stands for "no swing yet".</summary>
    public bool Exists => KnownAt != default;
}
