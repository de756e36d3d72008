using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Risk;
using static Trading.Tests.Risk.RiskScenario;

namespace Trading.Tests.Risk;

/// <summary>A risk manager restored from saved gates decides exactly as the one that kept running.</summary>
public class RiskGateStateTests
{
    private static readonly DateTime Day = new(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly OrderProposal Buy = new(Btc, Side.Buy, 0.01m, 50_000m, 49_000m);

    // Equity path over three days: a new peak, a 3.5 % day loss (daily limit), recovery, then a 21 % fall from the peak.
    private static readonly (DateTime Time, decimal Equity)[] Path =
    [
        (Day.AddHours(1), 100_000m), (Day.AddHours(5), 104_000m), (Day.AddHours(9), 100_360m), (Day.AddHours(20), 101_000m),
        (Day.AddDays(1).AddHours(2), 103_000m), (Day.AddDays(1).AddHours(8), 90_000m), (Day.AddDays(1).AddHours(9), 82_000m),
        (Day.AddDays(2).AddHours(1), 86_000m), (Day.AddDays(2).AddHours(3), 99_000m),
    ];

    [Fact]
    public void RestoredAtEveryStep_DecidesLikeTheManagerThatKeptRunning()
    {
        for (var cut = 0; cut <= Path.Length; cut++)
        {
            var running = new RiskManager(Options());
            for (var i = 0; i < cut; i++)
                running.Observe(Path[i].Time, Path[i].Equity);
            var restored = new RiskManager(Options());
            restored.RestoreGates(running.SaveGates());
            Assert.Equal(running.SaveGates(), restored.SaveGates());
            for (var i = cut; i < Path.Length; i++)
            {
                var at = new ExposureSnapshot(Path[i].Time, Path[i].Equity, []);
                var expected = running.Check(Buy, at);
                var actual = restored.Check(Buy, at);
                Assert.Equal(expected, actual);
                Assert.Equal(running.IsKillSwitchLatched, restored.IsKillSwitchLatched);
                Assert.Equal(running.IsDailyLossBreached, restored.IsDailyLossBreached);
                Assert.Equal(running.Drawdown, restored.Drawdown);
                Assert.Equal(running.DayLossFraction, restored.DayLossFraction);
            }
        }
    }

    [Fact]
    public void LatchedSwitchAndBreachedDay_SurviveTheRoundTrip()
    {
        var running = new RiskManager(Options());
        running.Observe(Day.AddHours(1), 100_000m);
        running.Observe(Day.AddHours(2), 79_000m);
        var restored = new RiskManager(Options());

        restored.RestoreGates(running.SaveGates());
        var decision = restored.Check(Buy, new ExposureSnapshot(Day.AddHours(3), 100_000m, []));

        Assert.True(restored.IsKillSwitchLatched);
        Assert.True(restored.IsDailyLossBreached);
        Assert.Equal(RiskVerdict.Rejected, decision.Verdict);
        Assert.Equal(RiskRule.KillSwitch, decision.Rule);
    }

    public static TheoryData<string, RiskGateState> BadStates() => new()
    {
        { "cannot be latched", new RiskGateState(new DrawdownState(false, 0m, 0m, true, 0.3m), default) },
        { "is above the peak", new RiskGateState(new DrawdownState(true, 100m, 120m, false, 0m), default) },
        { "latches the switch", new RiskGateState(new DrawdownState(true, 0m, 0m, false, 0m), default) },
        { "0 unless latched", new RiskGateState(new DrawdownState(true, 100m, 90m, false, 0.1m), default) },
        { "must be UTC", new RiskGateState(default, new DailyLossState(true, new DateTime(2024, 3, 1), new DateTime(2024, 3, 1, 5, 0, 0), 100m, 99m, false, 0m)) },
        { "must be the midnight", new RiskGateState(default, new DailyLossState(true, Day, Day.AddDays(1), 100m, 99m, false, 0m)) },
        { "0 unless breached", new RiskGateState(default, new DailyLossState(true, Day, Day.AddHours(1), 100m, 99m, false, 0.01m)) },
    };

    [Theory]
    [MemberData(nameof(BadStates))]
    public void RestoreGates_WithAStateNoGateCouldBeIn_NamesTheProblem_AndChangesNothing(string problem, RiskGateState bad)
    {
        var risk = new RiskManager(Options());
        risk.Observe(Day.AddHours(1), 100_000m);
        risk.Observe(Day.AddHours(2), 98_000m);
        var before = risk.SaveGates();

        var error = Assert.Throws<ArgumentException>(() => risk.RestoreGates(bad));

        Assert.Contains(problem, error.Message);
        Assert.Equal("state", error.ParamName);
        Assert.Equal(before, risk.SaveGates());
    }
}
