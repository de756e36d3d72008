namespace SmartMarket.Trading.Risk;

/// <summary>
/// Limits the <see cref="RiskManager"/> enforces, bound from the <c>Risk</c> configuration section.
/// Fractions are of current equity: 0.10 means 10%.
/// </summary>
public sealed class RiskOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Risk";

    /// <summary>Largest notional of one symbol's position as a fraction of equity.</summary>
    public decimal MaxPositionFraction { get; init; } = 0.10m;

    /// <summary>Largest sum of open risk to stops (money lost if every stop is hit) as a fraction of equity.</summary>
    public decimal MaxPortfolioRiskFraction { get; init; } = 0.06m;

    /// <summary>Largest same-direction notional across symbols correlated above <see cref="CorrelationThreshold"/>.</summary>
    public decimal MaxCorrelatedExposureFraction { get; init; } = 0.25m;

    /// <summary>Return correlation above which two symbols count as one exposure, in (0, 1).</summary>
    public double CorrelationThreshold { get; init; } = 0.7;

    /// <summary>Loss since the start of the UTC day, as a fraction of that day's opening equity, that halts new risk until midnight.</summary>
    public decimal DailyLossLimitFraction { get; init; } = 0.03m;

    /// <summary>Drawdown from peak equity that latches the kill switch until it is reset by hand.</summary>
    public decimal MaxDrawdownFraction { get; init; } = 0.20m;

    /// <summary>Most symbols with a non-zero position at once.</summary>
    public int MaxOpenPositions { get; init; } = 5;

    /// <summary>Largest gross notional (sum of absolute position values) divided by equity.</summary>
    public decimal MaxLeverage { get; init; } = 1m;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        RequireFraction(MaxPositionFraction, nameof(MaxPositionFraction), 10m);
        RequireFraction(MaxPortfolioRiskFraction, nameof(MaxPortfolioRiskFraction), 1m);
        RequireFraction(MaxCorrelatedExposureFraction, nameof(MaxCorrelatedExposureFraction), 10m);
        if (!(CorrelationThreshold > 0d && CorrelationThreshold < 1d))
            throw new ArgumentOutOfRangeException(nameof(CorrelationThreshold), CorrelationThreshold, "CorrelationThreshold must be in (0, 1)");
        RequireFraction(DailyLossLimitFraction, nameof(DailyLossLimitFraction), 1m);
        RequireFraction(MaxDrawdownFraction, nameof(MaxDrawdownFraction), 1m);
        if (MaxOpenPositions < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxOpenPositions), MaxOpenPositions, "MaxOpenPositions must be at least 1");
        if (MaxLeverage <= 0m || MaxLeverage > 100m)
            throw new ArgumentOutOfRangeException(nameof(MaxLeverage), MaxLeverage, "MaxLeverage must be in (0, 100]");
    }

    private static void RequireFraction(decimal value, string name, decimal max)
    {
        if (value <= 0m || value > max)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be in (0, {max}]");
    }
}
