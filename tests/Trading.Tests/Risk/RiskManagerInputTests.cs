using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Risk;
using static Trading.Tests.Risk.RiskScenario;

namespace Trading.Tests.Risk;

/// <summary>Bad proposals, snapshots and options fail loudly without touching state.</summary>
public class RiskManagerInputTests
{
    [Fact]
    public void Check_WithStopOnWrongSide_ThrowsNamingStop()
    {
        var risk = new RiskManager(Options());

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => risk.Check(new OrderProposal(Btc, Side.Buy, 0.1m, 50_000m, 51_000m), Snapshot(100_000m)));

        Assert.Equal("Stop", ex.ParamName);
    }

    [Fact]
    public void Check_WithZeroQuantity_ThrowsNamingQuantity()
    {
        var risk = new RiskManager(Options());

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => risk.Check(new OrderProposal(Btc, Side.Buy, 0m, 50_000m), Snapshot(100_000m)));

        Assert.Equal("Quantity", ex.ParamName);
    }

    [Fact]
    public void Check_WithDuplicateSymbolInSnapshot_ThrowsAndObservesNothing()
    {
        var risk = new RiskManager(Options());
        risk.Observe(Noon.AddHours(-1), 100_000m);
        var bad = Snapshot(10_000m, new PositionExposure(Eth, 1m, 2_500m), new PositionExposure(Eth, 2m, 2_500m));

        var ex = Assert.Throws<ArgumentException>(() => risk.Check(new OrderProposal(Btc, Side.Buy, 0.01m, 50_000m, 49_000m), bad));

        Assert.Equal("Positions", ex.ParamName);
        Assert.False(risk.IsKillSwitchLatched);
        Assert.Equal(0m, risk.DayLossFraction);
    }

    [Fact]
    public void Check_WithNonUtcSnapshotTime_ThrowsNamingTime()
    {
        var risk = new RiskManager(Options());
        var snapshot = new ExposureSnapshot(new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Unspecified), 100_000m, []);

        var ex = Assert.Throws<ArgumentException>(() => risk.Check(new OrderProposal(Btc, Side.Buy, 0.01m, 50_000m), snapshot));

        Assert.Equal("Time", ex.ParamName);
    }

    [Theory]
    [InlineData(nameof(RiskOptions.MaxPositionFraction))]
    [InlineData(nameof(RiskOptions.MaxPortfolioRiskFraction))]
    [InlineData(nameof(RiskOptions.MaxCorrelatedExposureFraction))]
    [InlineData(nameof(RiskOptions.CorrelationThreshold))]
    [InlineData(nameof(RiskOptions.DailyLossLimitFraction))]
    [InlineData(nameof(RiskOptions.MaxDrawdownFraction))]
    [InlineData(nameof(RiskOptions.MaxOpenPositions))]
    [InlineData(nameof(RiskOptions.MaxLeverage))]
    public void Options_WithInvalidValue_ThrowNamingTheOption(string option)
    {
        var options = option switch
        {
            nameof(RiskOptions.MaxPositionFraction) => new RiskOptions { MaxPositionFraction = 0m },
            nameof(RiskOptions.MaxPortfolioRiskFraction) => new RiskOptions { MaxPortfolioRiskFraction = 1.5m },
            nameof(RiskOptions.MaxCorrelatedExposureFraction) => new RiskOptions { MaxCorrelatedExposureFraction = -0.1m },
            nameof(RiskOptions.CorrelationThreshold) => new RiskOptions { CorrelationThreshold = 1.0 },
            nameof(RiskOptions.DailyLossLimitFraction) => new RiskOptions { DailyLossLimitFraction = 0m },
            nameof(RiskOptions.MaxDrawdownFraction) => new RiskOptions { MaxDrawdownFraction = 2m },
            nameof(RiskOptions.MaxOpenPositions) => new RiskOptions { MaxOpenPositions = 0 },
            _ => new RiskOptions { MaxLeverage = 0m },
        };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RiskManager(options));

        Assert.Equal(option, ex.ParamName);
    }
}
