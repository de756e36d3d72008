namespace SmartMarket.Trading.Smc;

/// <summary>Settings of an <see cref="SmcAnalyzer"/>. Immutable; <see cref="Validate"/> names the first bad setting.</summary>
public sealed record SmcOptions
{
    /// <summary>Fractal half-width N: a swing needs N bars on each side, so it is known N bars after it.</summary>
    public int SwingLength { get; init; } = 3;

    /// <summary>Wilder ATR period used for tolerances and the minimum gap size.</summary>
    public int AtrPeriod { get; init; } = 14;

    /// <summary>How many bars back (including the breaking bar) the order block search may look.</summary>
    public int OrderBlockLookback { get; init; } = 48;

    /// <summary>Live (fresh or mitigated) order blocks kept; the oldest is dropped beyond this.</summary>
    public int MaxOrderBlocks { get; init; } = 12;

    /// <summary>Unfilled fair value gaps kept; the oldest is dropped beyond this.</summary>
    public int MaxFairValueGaps { get; init; } = 16;

    /// <summary>Smallest gap height recorded, in ATRs (0 records every gap).</summary>
    public double MinFairValueGapAtr { get; init; } = 0.1;

    /// <summary>Active liquidity pools kept; the oldest is dropped beyond this.</summary>
    public int MaxLiquidityPools { get; init; } = 12;

    /// <summary>Untraded swing highs (and as many lows) remembered as candidates for equal highs/lows.</summary>
    public int LiquiditySwingLookback { get; init; } = 10;

    /// <summary>Equal-level tolerance in ATRs; the tolerance is the larger of this and <see cref="EqualLevelPercent"/>.</summary>
    public double EqualLevelAtr { get; init; } = 0.1;

    /// <summary>Equal-level tolerance in percent of price (0 turns it off).</summary>
    public double EqualLevelPercent { get; init; }

    /// <summary>Half-width of the equilibrium band as a share of the dealing range (0.05: 45 %..55 %).</summary>
    public double EquilibriumHalfWidth { get; init; } = 0.05;

    /// <summary>Completed days averaged for the daily range ratio.</summary>
    public int DailyAverageDays { get; init; } = 14;

    /// <summary>A bar touches a daily level when within this share of that day's range of it.</summary>
    public double DailyTouchShare { get; init; } = 0.1;

    /// <summary>For confluence, a price is near a daily level when within this many ATRs of it.</summary>
    public double DailyLevelProximityAtr { get; init; } = 0.5;

    /// <summary>Confluence weight of a trend in the trade's direction.</summary>
    public double TrendWeight { get; init; } = 0.25;

    /// <summary>Confluence weight of a live order block of the trade's direction at the price.</summary>
    public double OrderBlockWeight { get; init; } = 0.25;

    /// <summary>Confluence weight of an unfilled fair value gap of the trade's direction at the price.</summary>
    public double FairValueGapWeight { get; init; } = 0.15;

    /// <summary>Confluence weight of a previous-day level near the price.</summary>
    public double DailyLevelWeight { get; init; } = 0.15;

    /// <summary>Confluence weight of buying in discount or selling in premium.</summary>
    public double PremiumDiscountWeight { get; init; } = 0.20;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        AtLeast(SwingLength, 1, nameof(SwingLength));
        AtLeast(AtrPeriod, 1, nameof(AtrPeriod));
        AtLeast(OrderBlockLookback, 2, nameof(OrderBlockLookback));
        AtLeast(MaxOrderBlocks, 1, nameof(MaxOrderBlocks));
        AtLeast(MaxFairValueGaps, 1, nameof(MaxFairValueGaps));
        AtLeast(MaxLiquidityPools, 1, nameof(MaxLiquidityPools));
        AtLeast(LiquiditySwingLookback, 1, nameof(LiquiditySwingLookback));
        AtLeast(DailyAverageDays, 1, nameof(DailyAverageDays));
        Between(MinFairValueGapAtr, 0, 100, nameof(MinFairValueGapAtr));
        Between(EqualLevelAtr, 0, 100, nameof(EqualLevelAtr));
        Between(EqualLevelPercent, 0, 100, nameof(EqualLevelPercent));
        Between(EquilibriumHalfWidth, 0, 0.5, nameof(EquilibriumHalfWidth));
        Between(DailyTouchShare, 0, 1, nameof(DailyTouchShare));
        Between(DailyLevelProximityAtr, 0, 100, nameof(DailyLevelProximityAtr));
        Between(TrendWeight, 0, 1e6, nameof(TrendWeight));
        Between(OrderBlockWeight, 0, 1e6, nameof(OrderBlockWeight));
        Between(FairValueGapWeight, 0, 1e6, nameof(FairValueGapWeight));
        Between(DailyLevelWeight, 0, 1e6, nameof(DailyLevelWeight));
        Between(PremiumDiscountWeight, 0, 1e6, nameof(PremiumDiscountWeight));
        if (TotalWeight <= 0)
            throw new ArgumentOutOfRangeException(nameof(TrendWeight), TotalWeight, "at least one confluence weight must be positive");
    }

    internal double TotalWeight => TrendWeight + OrderBlockWeight + FairValueGapWeight + DailyLevelWeight + PremiumDiscountWeight;

    private static void AtLeast(int value, int minimum, string name)
    {
        if (value < minimum)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {minimum}");
    }

    private static void Between(double value, double minimum, double maximum, string name)
    {
        // Written so that NaN fails too.
        if (!(value >= minimum && value <= maximum))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {minimum} and {maximum}");
    }
}
