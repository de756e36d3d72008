using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Risk;

namespace Trading.Tests.Risk;

public class RiskManagerTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly Symbol Eth = new("ETHUSDT");
    private static readonly Symbol Sol = new("SOLUSDT");
    private static readonly Symbol Ada = new("ADAUSDT");
    private static readonly DateTime Noon = new(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly LotSize Milli = new(0.001m);

    private static RiskOptions Options(int maxOpen = 5, decimal maxLeverage = 2m) => new()
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

    private static ExposureSnapshot Snapshot(decimal equity, params PositionExposure[] positions) => new(Noon, equity, positions);

    [Fact]
    public void Check_WithinAllLimits_ApprovesAsProposed()
    {
        var risk = new RiskManager(Options());

        var decision = risk.Check(new OrderProposal(Btc, Side.Buy, 0.1m, 50_000m, 49_000m), Snapshot(100_000m));

        Assert.Equal(RiskVerdict.Approved, decision.Verdict);
        Assert.Equal(0.1m, decision.Quantity);
        Assert.Equal(RiskRule.None, decision.Rule);
    }

    [Fact]
    public void Check_PositionAlreadyAtLimit_RejectsNamingMaxPosition()
    {
        var risk = new RiskManager(Options());
        var snapshot = Snapshot(100_000m, new PositionExposure(Btc, 0.2m, 50_000m, 49_000m));

        var decision = risk.Check(new OrderProposal(Btc, Side.Buy, 0.04m, 50_000m, 49_000m), snapshot);

        Assert.Equal(RiskVerdict.Rejected, decision.Verdict);
        Assert.Equal(0m, decision.Quantity);
        Assert.Equal(RiskRule.MaxPosition, decision.Rule);
        Assert.Equal("position 12.0% of equity exceeds limit 10.0%", decision.Reason);
    }

    [Fact]
    public void Check_PositionOverLimit_ReducesToLimit()
    {
        var risk = new RiskManager(Options());

        var decision = risk.Check(new OrderProposal(Btc, Side.Buy, 0.3m, 50_000m, 49_000m, Milli), Snapshot(100_000m));

        Assert.Equal(RiskVerdict.Reduced, decision.Verdict);
        Assert.Equal(0.2m, decision.Quantity);
        Assert.Equal(RiskRule.MaxPosition, decision.Rule);
        Assert.Equal("position 15.0% of equity exceeds limit 10.0%; reduced to 0.2", decision.Reason);
    }

    [Fact]
    public void Check_ReducedQuantity_IsRoundedDownToLot()
    {
        var risk = new RiskManager(Options());

        // 10% of 100,000 at 30,000 = 0.3333... -> 0.333 with a 0.001 lot.
        var decision = risk.Check(new OrderProposal(Btc, Side.Buy, 1m, 30_000m, 29_900m, Milli), Snapshot(100_000m));

        Assert.Equal(0.333m, decision.Quantity);
    }

    [Fact]
    public void Check_ReductionBelowOneLot_Rejects()
    {
        var risk = new RiskManager(Options());
        var snapshot = Snapshot(100_000m, new PositionExposure(Btc, 0.1999m, 50_000m, 49_000m));

        // (0.1999 + 0.01) x 50,000 = 10,495: 10.5%; room left is 0.0001, less than one 0.001 lot.
        var decision = risk.Check(new OrderProposal(Btc, Side.Buy, 0.01m, 50_000m, 49_000m, Milli), snapshot);

        Assert.Equal(RiskVerdict.Rejected, decision.Verdict);
        Assert.Equal(RiskRule.MaxPosition, decision.Rule);
        Assert.Equal("position 10.5% of equity exceeds limit 10.0%", decision.Reason);
    }

    [Fact]
    public void Check_OpenRiskToStopsOverLimit_ReducesNamingPortfolioRisk()
    {
        var risk = new RiskManager(Options());
        // Open risk: ETH 2 x (2,500 - 2,000) = 1,000 and SOL 50 x (100 - 60) = 2,000: 3% of equity.
        var snapshot = Snapshot(100_000m, new PositionExposure(Eth, 2m, 2_500m, 2_000m), new PositionExposure(Sol, 50m, 100m, 60m));

        // 0.1 BTC with a 40,000 stop distance adds 4,000: 7%; room 3,000 / 40,000 = 0.075.
        var decision = risk.Check(new OrderProposal(Btc, Side.Buy, 0.1m, 50_000m, 10_000m), snapshot);

        Assert.Equal(RiskVerdict.Reduced, decision.Verdict);
        Assert.Equal(0.075m, decision.Quantity);
        Assert.Equal(RiskRule.MaxPortfolioRisk, decision.Rule);
        Assert.Equal("portfolio risk to stops 7.0% of equity exceeds limit 6.0%; reduced to 0.075", decision.Reason);
    }

    [Fact]
    public void Check_OrderWithoutStop_CountsWholeNotionalAsRisk()
    {
        var risk = new RiskManager(Options());

        // 0.2 BTC = 10,000 at risk without a stop: 10% > 6%; room 6,000 / 50,000 = 0.12.
        var decision = risk.Check(new OrderProposal(Btc, Side.Buy, 0.2m, 50_000m), Snapshot(100_000m));

        Assert.Equal(0.12m, decision.Quantity);
        Assert.Equal(RiskRule.MaxPortfolioRisk, decision.Rule);
        Assert.Equal("portfolio risk to stops 10.0% of equity exceeds limit 6.0%; reduced to 0.12", decision.Reason);
    }

    [Fact]
    public void Check_CorrelatedSameDirectionExposureOverCap_ReducesNamingTheGroup()
    {
        // ETH moves with BTC; SOL is below the threshold; a short ADA that is negatively correlated also moves with a long BTC.
        var correlations = new FixedCorrelations().Set("BTCUSDT", "ETHUSDT", 0.9).Set("BTCUSDT", "SOLUSDT", 0.5).Set("BTCUSDT", "ADAUSDT", -0.85);
        var risk = new RiskManager(Options(), correlations);
        var snapshot = Snapshot(100_000m,
            new PositionExposure(Eth, 4m, 2_500m, 2_490m),
            new PositionExposure(Sol, 100m, 100m, 99.9m),
            new PositionExposure(Ada, -20_000m, 0.5m, 0.51m));

        // Group: ETH 10,000 + ADA 10,000 + new BTC 10,000 = 30% > 25%; room (25,000 - 20,000) / 50,000 = 0.1.
        var decision = risk.Check(new OrderProposal(Btc, Side.Buy, 0.2m, 50_000m, 49_900m), snapshot);

        Assert.Equal(RiskVerdict.Reduced, decision.Verdict);
        Assert.Equal(0.1m, decision.Quantity);
        Assert.Equal(RiskRule.CorrelatedExposure, decision.Rule);
        Assert.Equal("correlated exposure 30.0% of equity (BTCUSDT, ETHUSDT, ADAUSDT) exceeds limit 25.0%; reduced to 0.1", decision.Reason);
    }

    [Fact]
    public void Check_CorrelatedPositionOnOppositeSide_DoesNotCount()
    {
        var correlations = new FixedCorrelations().Set("BTCUSDT", "ETHUSDT", 0.9);
        var risk = new RiskManager(Options(), correlations);
        var snapshot = Snapshot(100_000m, new PositionExposure(Eth, -8m, 2_500m, 2_510m));

        // A 20,000 ETH short hedges rather than adds to a long BTC; the 10,000 BTC alone is within 25%.
        var decision = risk.Check(new OrderProposal(Btc, Side.Buy, 0.2m, 50_000m, 49_900m), snapshot);

        Assert.Equal(RiskVerdict.Approved, decision.Verdict);
    }

    [Fact]
    public void Check_GrossNotionalOverLeverage_ReducesNamingLeverage()
    {
        var risk = new RiskManager(Options(maxLeverage: 1m));
        var snapshot = Snapshot(100_000m,
            new PositionExposure(Eth, 20m, 2_500m, 2_490m),
            new PositionExposure(Sol, 450m, 100m, 99.9m));

        // Gross 95,000 + 10,000 = 1.05x; room 5,000 / 50,000 = 0.1.
        var decision = risk.Check(new OrderProposal(Btc, Side.Buy, 0.2m, 50_000m, 49_900m), snapshot);

        Assert.Equal(0.1m, decision.Quantity);
        Assert.Equal(RiskRule.MaxLeverage, decision.Rule);
        Assert.Equal("leverage 1.05x exceeds limit 1.00x; reduced to 0.1", decision.Reason);
    }

    [Fact]
    public void Check_NewSymbolAtMaxOpenPositions_RejectsButAllowsAddingToHeld()
    {
        var risk = new RiskManager(Options(maxOpen: 2));
        var snapshot = Snapshot(100_000m, new PositionExposure(Eth, 1m, 2_500m, 2_400m), new PositionExposure(Sol, 10m, 100m, 95m));

        var newSymbol = risk.Check(new OrderProposal(Btc, Side.Buy, 0.01m, 50_000m, 49_000m), snapshot);
        var addToHeld = risk.Check(new OrderProposal(Eth, Side.Buy, 1m, 2_500m, 2_400m), snapshot);

        Assert.Equal(RiskVerdict.Rejected, newSymbol.Verdict);
        Assert.Equal(RiskRule.MaxOpenPositions, newSymbol.Rule);
        Assert.Equal("open positions 2 already at limit 2", newSymbol.Reason);
        Assert.Equal(RiskVerdict.Approved, addToHeld.Verdict);
    }

    [Fact]
    public void Check_AfterDailyLossLimit_RejectsUntilNextUtcDay()
    {
        var risk = new RiskManager(Options());
        var order = new OrderProposal(Btc, Side.Buy, 0.01m, 50_000m, 49_000m);
        risk.Observe(new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc), 100_000m);

        var sameDay = risk.Check(order, new ExposureSnapshot(new DateTime(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc), 96_500m, []));
        var nextDay = risk.Check(order, new ExposureSnapshot(new DateTime(2024, 3, 2, 0, 0, 0, DateTimeKind.Utc), 96_500m, []));

        Assert.Equal(RiskVerdict.Rejected, sameDay.Verdict);
        Assert.Equal(RiskRule.DailyLoss, sameDay.Rule);
        Assert.Equal("daily loss 3.5% reached limit 3.0%; new risk halted until 00:00 UTC", sameDay.Reason);
        Assert.Equal(RiskVerdict.Approved, nextDay.Verdict);
    }

    [Fact]
    public void Check_AfterMaxDrawdown_KillSwitchLatchesUntilReset()
    {
        var risk = new RiskManager(Options());
        var order = new OrderProposal(Btc, Side.Buy, 0.01m, 50_000m, 49_000m);
        var day = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        risk.Observe(day, 100_000m);
        risk.Observe(day.AddDays(3), 79_000m);

        var recovered = risk.Check(order, new ExposureSnapshot(day.AddDays(9), 100_000m, []));

        Assert.True(risk.IsKillSwitchLatched);
        Assert.Equal(RiskVerdict.Rejected, recovered.Verdict);
        Assert.Equal(RiskRule.KillSwitch, recovered.Rule);
        Assert.Equal("drawdown 21.0% reached kill-switch limit 20.0%; new risk halted until reset", recovered.Reason);

        risk.ResetKillSwitch(100_000m);
        var afterReset = risk.Check(order, new ExposureSnapshot(day.AddDays(10), 100_000m, []));

        Assert.Equal(RiskVerdict.Approved, afterReset.Verdict);
    }

    [Fact]
    public void Check_ClosingOrderWithKillSwitchLatched_IsApproved()
    {
        var risk = new RiskManager(Options());
        risk.Observe(Noon.AddDays(-1), 100_000m);
        var snapshot = Snapshot(70_000m, new PositionExposure(Btc, 0.1m, 40_000m, 39_000m));

        var decision = risk.Check(new OrderProposal(Btc, Side.Sell, 0.1m, 40_000m), snapshot);

        Assert.True(risk.IsKillSwitchLatched);
        Assert.Equal(RiskVerdict.Approved, decision.Verdict);
        Assert.Equal(0.1m, decision.Quantity);
    }

    [Fact]
    public void Check_FlipWithKillSwitchLatched_ApprovesOnlyTheClosingPart()
    {
        var risk = new RiskManager(Options());
        risk.Observe(Noon.AddDays(-1), 100_000m);
        var snapshot = Snapshot(70_000m, new PositionExposure(Btc, 0.1m, 40_000m, 39_000m));

        var decision = risk.Check(new OrderProposal(Btc, Side.Sell, 0.3m, 40_000m, 41_000m), snapshot);

        Assert.Equal(RiskVerdict.Reduced, decision.Verdict);
        Assert.Equal(0.1m, decision.Quantity);
        Assert.Equal(RiskRule.KillSwitch, decision.Rule);
        Assert.Equal("drawdown 30.0% reached kill-switch limit 20.0%; new risk halted until reset; only the closing 0.1 approved", decision.Reason);
    }

    [Fact]
    public void Check_FlipOverPositionLimit_ChecksOnlyTheNewSide()
    {
        var risk = new RiskManager(Options());
        var snapshot = Snapshot(100_000m, new PositionExposure(Btc, 0.2m, 50_000m, 49_000m));

        // Sell 0.5: 0.2 closes the long, 0.3 opens a short of 15% -> the short is cut to 10% (0.2), total 0.4.
        var decision = risk.Check(new OrderProposal(Btc, Side.Sell, 0.5m, 50_000m, 51_000m), snapshot);

        Assert.Equal(0.4m, decision.Quantity);
        Assert.Equal(RiskRule.MaxPosition, decision.Rule);
        Assert.Equal("position 15.0% of equity exceeds limit 10.0%; reduced to 0.4", decision.Reason);
    }

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
