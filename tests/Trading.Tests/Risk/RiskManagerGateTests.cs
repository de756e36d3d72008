using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Risk;
using static Trading.Tests.Risk.RiskScenario;

namespace Trading.Tests.Risk;

/// <summary>Gates that stop new exposure outright, and orders that take risk off passing them.</summary>
public class RiskManagerGateTests
{
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
}
