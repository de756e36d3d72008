namespace SmartMarket.Grains.Accounts;

/// <summary>
/// An account's performance with the backtester's conventions (see Trading's <c>PerformanceReport</c>). Curve
/// statistics come from the in-memory equity samples (one per minute of market time with prices since activation) and
/// are null below two samples; trade statistics come from the round trips of every fill in the journal.
/// </summary>
/// <param name="Samples">Equity samples used.</param>
/// <param name="Start">Time of the first sample.</param>
/// <param name="End">Time of the last sample.</param>
/// <param name="TotalReturn">Last sample's equity over the first's, minus 1.</param>
/// <param name="Sharpe">Annualized Sharpe ratio of the per-sample returns.</param>
/// <param name="Sortino">Annualized Sortino ratio of the per-sample returns.</param>
/// <param name="MaxDrawdown">Largest peak-to-trough fall of the samples, as a fraction of the peak.</param>
/// <param name="Volatility">Annualized volatility of the per-sample returns.</param>
/// <param name="Trades">Closed round trips.</param>
/// <param name="WinRate">Winning round trips over all; null without trades.</param>
/// <param name="ProfitFactor">Gross profit over gross loss; null when undefined (no trades), +∞ shown as null too.</param>
/// <param name="NetProfit">Sum of the round trips' profit after fees.</param>
/// <param name="Expectancy">Average profit per round trip.</param>
public sealed record AccountPerformance(
    int Samples,
    DateTime? Start,
    DateTime? End,
    double? TotalReturn,
    double? Sharpe,
    double? Sortino,
    double? MaxDrawdown,
    double? Volatility,
    int Trades,
    double? WinRate,
    double? ProfitFactor,
    decimal NetProfit,
    decimal Expectancy);
