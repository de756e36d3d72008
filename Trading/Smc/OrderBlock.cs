namespace SmartMarket.Trading.Smc;

/// <summary>
/// The last opposite candle before the impulsive move that broke structure: for a bullish block the last down-close
/// candle at or before the low of the leg that closed above a swing high, for a bearish block the mirror image.
/// </summary>
/// <param name="Id">Sequence number, unique within one analyzer.</param>
/// <param name="High">High of the block candle.</param>
/// <param name="Low">Low of the block candle.</param>
/// <param name="OriginIndex">Index of the block candle.</param>
/// <param name="OriginTime">Open time of the block candle (UTC).</param>
/// <param name="CausedBy">The kind of break that created the block.</param>
/// <param name="KnownAt">Close time of the breaking bar (UTC): the block exists from then on.</param>
/// <param name="UpdatedAt">Close time of the bar that set <see cref="State"/>; equals <see cref="KnownAt"/> while fresh.</param>
public readonly record struct OrderBlock(
    long Id,
    Bias Direction,
    decimal High,
    decimal Low,
    long OriginIndex,
    DateTime OriginTime,
    StructureBreakKind CausedBy,
    DateTime KnownAt,
    OrderBlockState State,
    DateTime UpdatedAt)
{
    /// <summary>True when <paramref name="price"/> lies within [Low, High].</summary>
    public bool Contains(decimal price) => price >= Low && price <= High;
}
