using SmartMarket.Trading.Backtesting;

namespace SmartMarket.Api.Backtests;

/// <summary>The headline figures of a finished backtest, as report.json states them.</summary>
/// <param name="TotalReturn">End equity over start equity minus one.</param>
/// <param name="Sharpe">Annualized Sharpe ratio of the equity curve's returns.</param>
/// <param name="MaxDrawdown">Deepest fall from a peak, as a positive fraction.</param>
/// <param name="WinRate">Share of closed trades with a profit.</param>
/// <param name="Trades">Closed trades.</param>
/// <param name="BuyAndHoldReturn">Return of holding the symbols equally weighted over the same period.</param>
/// <param name="FinalEquity">Equity at the end, in the quote currency.</param>
/// <param name="Candles">Candles the run consumed.</param>
public sealed record BacktestMetrics(
    double TotalReturn, double Sharpe, double MaxDrawdown, double WinRate, int Trades, double BuyAndHoldReturn, decimal FinalEquity, long Candles)
{
    /// <summary>The metrics of <paramref name="result"/>.</summary>
    public static BacktestMetrics From(BacktestResult result) => new(
        result.Performance.TotalReturn, result.Performance.Sharpe, result.Performance.MaxDrawdown, result.Performance.WinRate,
        result.Performance.TradeCount, result.Performance.BenchmarkReturn, result.FinalEquity, result.Candles);
}
