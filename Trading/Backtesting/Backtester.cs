using SmartMarket.Trading.Strategies;

namespace SmartMarket.Trading.Backtesting;

/// <summary>
/// Runs a strategy over the candles of one or more symbols as one portfolio: candles of all symbols merged in
/// order of close time, a <see cref="Execution.SimulatedClock"/> moved to each close, then strategy → <see cref="SignalExecutor"/>
/// (sizing and risk) → <see cref="Execution.ExecutionSimulator"/> → <see cref="Portfolio.Ledger"/> → analytics: the same
/// classes the live account composes. Deterministic: the same data and options give the same result, bit for bit.
/// </summary>
public static class Backtester
{
    /// <summary>Runs the backtest.</summary>
    /// <param name="progress">Called with the fraction of candles done (0..1), every few thousand candles and at the end.</param>
    /// <exception cref="ArgumentException">Bad options or data; the message names the option or symbol.</exception>
    public static BacktestResult Run(
        IReadOnlyList<SymbolSeries> data, BacktestOptions options, Action<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (data.Count == 0)
            throw new ArgumentException("at least one symbol's candles are needed", nameof(data));
        var series = new SymbolSeries[data.Count];
        for (var i = 0; i < data.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(data[i], nameof(data));
            for (var j = 0; j < i; j++)
            {
                if (series[j].Symbol == data[i].Symbol)
                    throw new ArgumentException($"{data[i].Symbol} is given twice", nameof(data));
            }
            series[i] = data[i].Slice(options.From, options.To);
            if (series[i].Candles.Length < 2)
                throw new ArgumentException($"{data[i].Symbol} has {series[i].Candles.Length} candles in the chosen date range; at least 2 are needed", nameof(data));
        }
        var feeds = new StrategyFeed[series.Length];
        for (var i = 0; i < series.Length; i++)
            feeds[i] = new StrategyFeed(StrategyFactory.Create(options.Strategy, series[i].Symbol, options.Parameters), series[i].Timeframe);
        var run = new BacktestRun(series, feeds, options);
        run.Execute(progress, cancellationToken);
        return run.ToResult();
    }
}
