using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Risk;
using static Trading.Tests.Risk.RiskScenario;

namespace Trading.Tests.Risk;

/// <summary>Caps that reduce or reject added exposure: position size, risk to stops, correlated exposure, leverage.</summary>
public class RiskManagerTests
{
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
    public void Check_WithRollingCorrelations_CountsSymbolsThatMovedTogether()
    {
        // ETH closes move exactly with BTC, SOL's alternate independently of them.
        var matrix = new RollingCorrelationMatrix([Btc, Eth, Sol], window: 20);
        decimal btc = 50_000m, eth = 2_500m, sol = 100m;
        for (var t = 0; t < 21; t++)
        {
            var move = 1m + 0.01m * ((t * 7 % 5) - 2);
            btc *= move;
            eth *= move;
            sol *= t % 2 == 0 ? 1.02m : 0.985m;
            matrix.AddCloses([btc, eth, sol]);
        }
        var risk = new RiskManager(Options(), matrix);
        var snapshot = Snapshot(100_000m, new PositionExposure(Eth, 8m, 2_500m, 2_490m), new PositionExposure(Sol, 100m, 100m, 99.9m));

        var decision = risk.Check(new OrderProposal(Btc, Side.Buy, 0.2m, 50_000m, 49_900m), snapshot);

        Assert.True(matrix.Correlation(Btc, Eth) > 0.999);
        Assert.True(Math.Abs(matrix.Correlation(Btc, Sol)) < 0.7);
        Assert.Equal(RiskRule.CorrelatedExposure, decision.Rule);
        Assert.Equal(0.1m, decision.Quantity);
        Assert.Equal("correlated exposure 30.0% of equity (BTCUSDT, ETHUSDT) exceeds limit 25.0%; reduced to 0.1", decision.Reason);
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
}
