using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Smc;

/// <summary>An immutable copy of an <see cref="SmcAnalyzer"/>'s state after the bar that closed at <see cref="Time"/>.</summary>
/// <param name="Time">Close time of the latest bar (UTC); default before the first bar.</param>
/// <param name="Atr">Wilder ATR of the timeframe; NaN during warm-up.</param>
public sealed record SmcSnapshot(
    Symbol Symbol,
    Timeframe Timeframe,
    DateTime Time,
    Bias Trend,
    StructureBreak LastBreak,
    SwingPoint LastSwingHigh,
    SwingPoint LastSwingLow,
    DealingRange DealingRange,
    IReadOnlyList<OrderBlock> OrderBlocks,
    IReadOnlyList<FairValueGap> FairValueGaps,
    IReadOnlyList<LiquidityPool> LiquidityPools,
    DailyLevels PreviousDay,
    double Atr);
