namespace SmartMarket.Trading.Orders;

/// <summary>The distance a trailing stop keeps from the best price seen since it became active.</summary>
/// <param name="Value">A price amount, or a percentage in (0, 100) for <see cref="TrailMode.Percent"/>.</param>
public readonly record struct TrailingOffset(TrailMode Mode, decimal Value)
{
    /// <summary>A trail of a fixed price distance.</summary>
    public static TrailingOffset ByAmount(decimal amount) => new(TrailMode.Amount, amount);

    /// <summary>A trail of a percentage of the best price (1.5 means 1.5 %).</summary>
    public static TrailingOffset ByPercent(decimal percent) => new(TrailMode.Percent, percent);

    /// <summary>The stop level for a given best price: below it for a sell stop, above it for a buy stop.</summary>
    public decimal StopLevel(decimal bestPrice, bool sellStop) => StopLevel(bestPrice, sellStop, PercentMultiplier(sellStop));

    /// <summary>1 − p/100 below a sell stop's best price, 1 + p/100 above a buy stop's; unused for amounts.</summary>
    internal decimal PercentMultiplier(bool sellStop) =>
        Mode == TrailMode.Percent ? (sellStop ? 1m - Value / 100m : 1m + Value / 100m) : 0m;

    /// <summary>The level with a precomputed <see cref="PercentMultiplier"/>, so a per-bar ratchet divides nothing.</summary>
    internal decimal StopLevel(decimal bestPrice, bool sellStop, decimal multiplier) =>
        Mode == TrailMode.Percent ? bestPrice * multiplier : sellStop ? bestPrice - Value : bestPrice + Value;
}
