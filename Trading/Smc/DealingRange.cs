namespace SmartMarket.Trading.Smc;

/// <summary>
/// The current dealing range: from the last confirmed swing low to the last confirmed swing high. Its middle is the
/// equilibrium; above it is premium, below it discount. Invalid until both swings exist with the high above the low.
/// </summary>
/// <param name="KnownAt">When the later of the two swings was confirmed (UTC).</param>
/// <param name="EquilibriumHalfWidth">Half-width of the equilibrium band as a share of the range (0.05: 45 %..55 %).</param>
public readonly record struct DealingRange(decimal High, decimal Low, DateTime KnownAt, double EquilibriumHalfWidth)
{
    /// <summary>True when both swings exist and the high is above the low.</summary>
    public bool IsValid => High > Low && KnownAt != default;

    /// <summary>The 50 % level.</summary>
    public decimal Equilibrium => (High + Low) / 2m;

    /// <summary>Where <paramref name="price"/> sits as a share of the range: 0 at the low, 1 at the high; NaN if invalid.</summary>
    public double PositionOf(decimal price) => IsValid ? (double)((price - Low) / (High - Low)) : double.NaN;

    /// <summary>Premium, discount or equilibrium for <paramref name="price"/>; <see cref="PriceZone.Unknown"/> if invalid.</summary>
    public PriceZone ZoneOf(decimal price)
    {
        if (!IsValid)
            return PriceZone.Unknown;
        var position = PositionOf(price);
        if (position > 0.5 + EquilibriumHalfWidth)
            return PriceZone.Premium;
        return position < 0.5 - EquilibriumHalfWidth ? PriceZone.Discount : PriceZone.Equilibrium;
    }
}
