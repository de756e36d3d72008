namespace SmartMarket.Trading.Smc;

/// <summary>
/// A three-candle imbalance: for a bullish gap the third candle's low is above the first candle's high, and the range
/// between them was never traded by the middle candle's neighbours; the bearish gap is the mirror image.
/// </summary>
/// <param name="Id">Sequence number, unique within one analyzer.</param>
/// <param name="Top">Upper edge: the third low (bullish) or the first low (bearish).</param>
/// <param name="Bottom">Lower edge: the first high (bullish) or the third high (bearish).</param>
/// <param name="Time">Open time of the middle candle (UTC).</param>
/// <param name="KnownAt">Close time of the third candle (UTC).</param>
/// <param name="FilledShare">Deepest retracement into the gap as a share of its height, 0..1.</param>
/// <param name="UpdatedAt">Close time of the bar that last deepened the fill; equals <see cref="KnownAt"/> while open.</param>
public readonly record struct FairValueGap(
    long Id,
    Bias Direction,
    decimal Top,
    decimal Bottom,
    DateTime Time,
    DateTime KnownAt,
    FairValueGapState State,
    double FilledShare,
    DateTime UpdatedAt)
{
    /// <summary>True when <paramref name="price"/> lies within [Bottom, Top].</summary>
    public bool Contains(decimal price) => price >= Bottom && price <= Top;
}
