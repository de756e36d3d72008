using SmartMarket.Trading.Analytics;
using SmartMarket.Trading.MarketData;

namespace Trading.Tests.Analytics;

public class PerformanceReportTests
{
    private static readonly DateTime Day0 = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly Symbol Eth = new("ETHUSDT");
    private static readonly Symbol Sol = new("SOLUSDT");

    private static EquityPoint[] Daily(params decimal[] equity) => equity.Select((e, i) => new EquityPoint(Day0.AddDays(i), e)).ToArray();

    // Daily returns +10%, -10%, +10%, +10%: mean 0.05, sample variance ((0.05² × 3) + 0.15²) / 3 = 0.01, stddev 0.1.
    private static readonly EquityPoint[] HandCurve = Daily(100m, 110m, 99m, 108.9m, 119.79m);

    private static ClosedTrade[] HandTrades() =>
    [
        new(Btc, Side.Buy, Day0, 100m, Day0.AddDays(2), 110m, 1m, fees: 1m),          // +9
        new(Eth, Side.Sell, Day0.AddDays(1), 105m, Day0.AddDays(3), 107m, 2m),       // -4
        new(Sol, Side.Buy, Day0.AddDays(3), 100m, Day0.AddDays(3), 100m, 1m),        // break-even, no time held
    ];

    [Fact]
    public void Compute_OnHandWorkedSeries_ReturnsHandComputedRatios()
    {
        var report = PerformanceAnalyzer.Compute(HandCurve, []);

        var sqrt365 = Math.Sqrt(365);
        var cagr = Math.Pow(1.1979, 365d / 4d) - 1d;
        Assert.Equal(4, report.Periods);
        Assert.Equal(365d, report.PeriodsPerYear, 9);
        Assert.Equal(0.1979, report.TotalReturn, 12);
        Assert.Equal(0.1 * sqrt365, report.AnnualizedVolatility, 9);
        Assert.Equal(0.05 / 0.1 * sqrt365, report.Sharpe, 9);
        Assert.Equal(0.05 / 0.05 * sqrt365, report.Sortino, 9);
        Assert.Equal(cagr, report.Cagr, 6);
        Assert.Equal(cagr / 0.1, report.Calmar, 5);
        Assert.Equal(0.1, report.MaxDrawdown, 12);
    }

    [Fact]
    public void Compute_DrawdownDuration_RunsFromPeakToFirstPointBackAtPeak()
    {
        // Peak 110 on day 1; 99 and 108.9 are under water; 119.79 on day 4 recovers.
        var report = PerformanceAnalyzer.Compute(HandCurve, []);

        Assert.Equal(TimeSpan.FromDays(3), report.MaxDrawdownDuration);
    }

    [Fact]
    public void Compute_NeverRecovering_CountsDurationToLastPoint()
    {
        var report = PerformanceAnalyzer.Compute(Daily(100m, 120m, 90m, 100m), []);

        Assert.Equal(0.25, report.MaxDrawdown, 12);
        Assert.Equal(TimeSpan.FromDays(2), report.MaxDrawdownDuration);
    }

    [Fact]
    public void Compute_LongShallowSpell_OutlastsShortDeepOne()
    {
        // -20% for 2 days (day 0 to 2), then -1% for 4 days (day 3 to 7).
        var report = PerformanceAnalyzer.Compute(Daily(100m, 80m, 100m, 101m, 100m, 100.5m, 100.9m, 101.5m), []);

        Assert.Equal(0.2, report.MaxDrawdown, 12);
        Assert.Equal(TimeSpan.FromDays(4), report.MaxDrawdownDuration);
    }

    [Fact]
    public void Compute_ReturningExactlyToPeak_EndsTheSpell()
    {
        var report = PerformanceAnalyzer.Compute(Daily(100m, 90m, 100m, 95m), []);

        Assert.Equal(TimeSpan.FromDays(2), report.MaxDrawdownDuration);
    }

    [Fact]
    public void Compute_WithRiskFreeRate_SubtractsPerPeriodRate()
    {
        var options = new PerformanceOptions { RiskFreeRate = 0.05, PeriodsPerYear = 365 };

        var report = PerformanceAnalyzer.Compute(HandCurve, [], options: options);

        var perDay = Math.Pow(1.05, 1d / 365d) - 1d;
        Assert.Equal((0.05 - perDay) / 0.1 * Math.Sqrt(365), report.Sharpe, 9);
        Assert.Equal((0.05 - perDay) / 0.05 * Math.Sqrt(365), report.Sortino, 9);
    }

    [Fact]
    public void Compute_Trades_GiveWinRateProfitFactorExpectancyAndExposure()
    {
        var report = PerformanceAnalyzer.Compute(HandCurve, HandTrades());

        Assert.Equal(3, report.TradeCount);
        Assert.Equal(1d / 3d, report.WinRate, 12);
        Assert.Equal(9d / 4d, report.ProfitFactor, 12);
        Assert.Equal(5m / 3m, report.Expectancy);
        Assert.Equal(5m, report.NetProfit);
        // Holding days 0-2 and 1-3 overlap: days 0-3 of a 4-day curve.
        Assert.Equal(0.75, report.Exposure, 12);
    }

    [Fact]
    public void Compute_TradesBeyondCurve_AreClippedToItsSpan()
    {
        ClosedTrade[] trades = [new(Btc, Side.Buy, Day0.AddDays(-5), 100m, Day0.AddDays(1), 101m, 1m), new(Btc, Side.Buy, Day0.AddDays(3), 100m, Day0.AddDays(9), 101m, 1m)];

        var report = PerformanceAnalyzer.Compute(HandCurve, trades);

        Assert.Equal(0.5, report.Exposure, 12);
    }

    [Fact]
    public void Compute_Benchmark_IsEqualWeightBuyAndHoldOfTheLegs()
    {
        BuyAndHoldLeg[] legs = [new(Btc, 100m, 150m), new(Eth, 200m, 180m)];

        var report = PerformanceAnalyzer.Compute(HandCurve, [], legs);

        // Half the capital makes +50%, half loses 10%: +20% overall.
        Assert.Equal(0.2, report.BenchmarkReturn, 12);
        Assert.Equal(0.1979 - 0.2, report.ExcessReturn, 12);
    }

    [Fact]
    public void Compute_CompleteHourlyBars_Annualize8760PeriodsPerYear()
    {
        var curve = Enumerable.Range(0, 25).Select(i => new EquityPoint(Day0.AddHours(i), 1000m + i % 3)).ToArray();

        var report = PerformanceAnalyzer.Compute(curve, []);

        Assert.Equal(8760d, report.PeriodsPerYear, 6);
    }

    [Fact]
    public void Compute_WithoutTrades_ReportsNaNWinRateAndZeroExposure()
    {
        var report = PerformanceAnalyzer.Compute(HandCurve, []);

        Assert.Equal(0, report.TradeCount);
        Assert.True(double.IsNaN(report.WinRate));
        Assert.True(double.IsNaN(report.ProfitFactor));
        Assert.Equal(0d, report.Exposure);
        Assert.True(double.IsNaN(report.BenchmarkReturn));
    }
}
