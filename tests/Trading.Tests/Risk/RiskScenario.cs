using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Risk;

namespace Trading.Tests.Risk;

/// <summary>Symbols, limits and snapshots shared by the risk manager tests: 100,000 equity, 10% per position, 6% risk to stops.</summary>
internal static class RiskScenario
{
    public static readonly Symbol Btc = new("BTCUSDT");
    public static readonly Symbol Eth = new("ETHUSDT");
    public static readonly Symbol Sol = new("SOLUSDT");
    public static readonly Symbol Ada = new("ADAUSDT");
    public static readonly DateTime Noon = new(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    public static readonly LotSize Milli = new(0.001m);

    public static RiskOptions Options(int maxOpen = 5, decimal maxLeverage = 2m) => new()
    {
        MaxPositionFraction = 0.10m,
        MaxPortfolioRiskFraction = 0.06m,
        MaxCorrelatedExposureFraction = 0.25m,
        CorrelationThreshold = 0.7,
        DailyLossLimitFraction = 0.03m,
        MaxDrawdownFraction = 0.20m,
        MaxOpenPositions = maxOpen,
        MaxLeverage = maxLeverage,
    };

    public static ExposureSnapshot Snapshot(decimal equity, params PositionExposure[] positions) => new(Noon, equity, positions);
}
