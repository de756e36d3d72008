namespace SmartMarket.Trading.Backtesting;

/// <summary>Backtests every combination of a <see cref="ParameterGrid"/> over the same data, one result row each.</summary>
public static class ParameterSweep
{
    /// <summary>Runs the combinations in grid order; <paramref name="progress"/> gets the fraction of the whole sweep done.</summary>
    public static IReadOnlyList<SweepRow> Run(
        IReadOnlyList<SymbolSeries> data, BacktestOptions options, ParameterGrid grid, Action<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(grid);
        var combinations = grid.Combinations(options.Parameters);
        var rows = new List<SweepRow>(combinations.Count);
        for (var i = 0; i < combinations.Count; i++)
        {
            var done = i;
            var result = Backtester.Run(
                data, options with { Parameters = combinations[i] },
                progress is null ? null : f => progress((done + f) / combinations.Count), cancellationToken);
            rows.Add(new SweepRow(combinations[i], result.Performance, result.FinalEquity, result.AmbiguousExits));
        }
        return rows;
    }
}
