namespace SmartMarket.Trading.Smc;

/// <summary>What one closed candle changed in an <see cref="SmcAnalyzer"/>; flags, so one bar may report several.</summary>
[Flags]
public enum SmcChanges
{
    None = 0,
    SwingHigh = 1 << 0,
    SwingLow = 1 << 1,
    BreakOfStructure = 1 << 2,
    ChangeOfCharacter = 1 << 3,
    OrderBlockCreated = 1 << 4,
    OrderBlockMitigated = 1 << 5,
    OrderBlockInvalidated = 1 << 6,
    FairValueGapCreated = 1 << 7,
    FairValueGapFilling = 1 << 8,
    LiquidityPoolChanged = 1 << 9,
    LiquidityTaken = 1 << 10,
    DailyLevels = 1 << 11,
}
