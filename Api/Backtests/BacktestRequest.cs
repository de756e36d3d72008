using SmartMarket.Trading.Backtesting;

namespace SmartMarket.Api.Backtests;

/// <summary>A validated backtest to run: options for <see cref="Backtester"/> and where its candles come from.</summary>
/// <param name="Options">Strategy, parameters, capital and date range.</param>
/// <param name="Data">Loads the candles (from CSV files or the synthetic market) on the runner's thread.</param>
/// <param name="Description">What the data is, for listings.</param>
public sealed record BacktestRequest(BacktestOptions Options, Func<IReadOnlyList<SymbolSeries>> Data, string Description);
