using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Backtesting;

/// <summary>
/// Rolling walk-forward analysis: the data's time span is cut into <c>windows</c> equal consecutive windows; in each,
/// the first <c>trainFraction</c> is swept over the grid, the combination with the best Sharpe ratio (NaN counts as
/// worst, ties go to the earlier combination) is chosen, and that choice alone is backtested on the rest of the
/// window, which the choice never saw. Each test run starts flat with fresh strategy state.
/// </summary>
public static class WalkForward
{
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one window or a training share outside (0, 1).</exception>
    public static IReadOnlyList<WalkForwardWindow> Run(
        IReadOnlyList<SymbolSeries> data, BacktestOptions options, ParameterGrid grid, int windows, double trainFraction,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(windows, 1);
        if (!(trainFraction > 0 && trainFraction < 1))
            throw new ArgumentOutOfRangeException(nameof(trainFraction), trainFraction, "training share must be in (0, 1)");
        if (data.Count == 0)
            throw new ArgumentException("at least one symbol's candles are needed", nameof(data));
        var start = options.From ?? DateTime.MaxValue;
        var end = options.To ?? DateTime.MinValue;
        foreach (var s in data)
        {
            if (options.From is null && s.Candles.Length > 0 && s.Candles[0].OpenTime < start)
                start = s.Candles[0].OpenTime;
            if (options.To is null && s.Candles.Length > 0 && s.Candles[^1].OpenTime >= end)
                end = s.Candles[^1].OpenTime.AddTicks(1);
        }
        var bar = 0L;
        foreach (var s in data)
            bar = Math.Max(bar, s.Timeframe.Duration().Ticks);
        var step = (end - start).Ticks / windows;
        var result = new List<WalkForwardWindow>(windows);
        for (var w = 0; w < windows; w++)
        {
            // Boundaries fall on whole bars, so the last training bar closes by the time the first test bar opens.
            var windowStart = w == 0 ? start : Floor(start.AddTicks(step * w), bar);
            var windowEnd = w == windows - 1 ? end : Floor(start.AddTicks(step * (w + 1)), bar);
            var split = Floor(windowStart.AddTicks((long)((windowEnd - windowStart).Ticks * trainFraction)), bar);
            var rows = ParameterSweep.Run(data, options with { From = windowStart, To = split }, grid, cancellationToken: cancellationToken);
            var best = rows[0];
            foreach (var row in rows)
            {
                if (Better(row.Performance.Sharpe, best.Performance.Sharpe))
                    best = row;
            }
            var test = Backtester.Run(data, options with { From = split, To = windowEnd, Parameters = best.Parameters }, cancellationToken: cancellationToken);
            result.Add(new WalkForwardWindow(w, windowStart, split, windowEnd, best.Parameters, best.Performance, test.Performance, test.Performance.TradeCount));
        }
        return result;
    }

    private static DateTime Floor(DateTime time, long barTicks) => new(time.Ticks - time.Ticks % barTicks, DateTimeKind.Utc);

    private static bool Better(double candidate, double best) => !double.IsNaN(candidate) && (double.IsNaN(best) || candidate > best);
}
