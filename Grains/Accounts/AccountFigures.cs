using SmartMarket.Trading.Analytics;
using SmartMarket.Trading.Orders;
using SmartMarket.Trading.Risk;

namespace SmartMarket.Grains.Accounts;

/// <summary>Risk and performance of a paper account, computed on request with Trading's risk and analytics code.</summary>
internal static class AccountFigures
{
    private const double Confidence = 0.95;

    public static AccountRisk Risk(PaperAccount account)
    {
        var samples = account.EquitySamples.ToArray();
        double? var95 = null;
        double? cvar95 = null;
        if (samples.Length >= 2)
        {
            var returns = new double[samples.Length - 1];
            for (var i = 1; i < samples.Length; i++)
                returns[i - 1] = (double)(samples[i].Equity / samples[i - 1].Equity) - 1d;
            var estimate = HistoricalVar.Estimate(returns, Confidence);
            var95 = estimate.ValueAtRisk;
            cvar95 = estimate.ConditionalValueAtRisk;
        }
        var drawdown = new DrawdownTracker();
        var peak = 0m;
        foreach (var p in samples)
        {
            drawdown.Observe(p.Time, (double)p.Equity);
            peak = Math.Max(peak, p.Equity);
        }
        var current = samples.Length == 0 ? 0d : (double)(1m - samples[^1].Equity / peak);
        var (net, gross) = Exposure(account);
        return new AccountRisk(var95, cvar95, current, drawdown.MaxDrawdown, net, gross, samples.Length, Limits(account, gross));
    }

    public static AccountPerformance Performance(PaperAccount account)
    {
        var samples = account.EquitySamples.ToArray();
        var trades = account.Trades;
        var winRate = Finite(trades.WinRate);
        var profitFactor = Finite(trades.ProfitFactor);
        if (samples.Length < 2)
        {
            return new AccountPerformance(samples.Length, samples.Length == 0 ? null : samples[0].Time, samples.Length == 0 ? null : samples[^1].Time,
                null, null, null, null, null, trades.Count, winRate, profitFactor, trades.NetProfit, trades.Expectancy);
        }
        var accumulator = new PerformanceAccumulator();
        foreach (var p in samples)
            accumulator.Add(p.Time, p.Equity);
        var report = accumulator.ToReport();
        return new AccountPerformance(samples.Length, report.Start, report.End, Finite(report.TotalReturn), Finite(report.Sharpe), Finite(report.Sortino),
            Finite(report.MaxDrawdown), Finite(report.AnnualizedVolatility), trades.Count, winRate, profitFactor, trades.NetProfit, trades.Expectancy);
    }

    /// <summary>Each limit of the risk manager against the account now; fractions are of current equity.</summary>
    private static List<RiskLimitUse> Limits(PaperAccount account, decimal gross)
    {
        var options = account.Risk.Options;
        var ledger = account.Ledger;
        var equity = ledger.Equity;
        if (account.Now > DateTime.MinValue)
            account.Risk.Observe(account.Now, equity);
        var largest = 0m;
        var openRisk = 0m;
        var open = 0;
        foreach (var p in ledger.Positions)
        {
            if (p.IsFlat)
                continue;
            open++;
            largest = Math.Max(largest, Math.Abs(p.Quantity * p.MarkPrice));
            openRisk += new PositionExposure(p.Symbol, p.Quantity, p.MarkPrice, StopOf(account, p)).OpenRisk;
        }
        return
        [
            Use(nameof(RiskRule.MaxPosition), options.MaxPositionFraction, Fraction(largest, equity)),
            Use(nameof(RiskRule.MaxPortfolioRisk), options.MaxPortfolioRiskFraction, Fraction(openRisk, equity)),
            Use(nameof(RiskRule.MaxLeverage), options.MaxLeverage, Fraction(gross, equity)),
            Use(nameof(RiskRule.MaxOpenPositions), options.MaxOpenPositions, open),
            Use(nameof(RiskRule.DailyLoss), options.DailyLossLimitFraction, account.Risk.DayLossFraction, account.Risk.IsDailyLossBreached),
            Use(nameof(RiskRule.KillSwitch), options.MaxDrawdownFraction, account.Risk.Drawdown, account.Risk.IsKillSwitchLatched),
        ];
    }

    // The working stop-loss leg protecting a position, if any: open risk is measured to it rather than to zero.
    private static decimal? StopOf(PaperAccount account, Trading.Portfolio.Position position)
    {
        foreach (var order in account.Venue.GetOpenOrders(position.Symbol))
        {
            if (order.Role == BracketRole.StopLoss && order.Request.StopPrice is { } stop)
                return stop;
        }
        return null;
    }

    private static (decimal Net, decimal Gross) Exposure(PaperAccount account)
    {
        var net = 0m;
        var gross = 0m;
        foreach (var p in account.Ledger.Positions)
        {
            net += p.Quantity * p.MarkPrice;
            gross += Math.Abs(p.Quantity * p.MarkPrice);
        }
        return (net, gross);
    }

    // A cap blocks once used reaches it; a gate (daily loss, kill switch) by its own latch, which outlasts a recovery.
    private static RiskLimitUse Use(string name, decimal limit, decimal used, bool? latched = null) =>
        new(name, limit, used, limit == 0m ? 0m : used / limit, latched ?? used >= limit);

    private static decimal Fraction(decimal value, decimal equity) => equity > 0m ? value / equity : 0m;

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
