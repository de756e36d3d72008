namespace SmartMarket.Trading.Analytics;

/// <summary>Performance of a finished run from its equity curve and closed trades, with the conventions of <see cref="PerformanceReport"/>.</summary>
public static class PerformanceAnalyzer
{
    /// <summary>
    /// Feeds a <see cref="PerformanceAccumulator"/> with the curve (UTC, strictly increasing times, positive
    /// equity) and the trades, and reports against the equal-weight buy-and-hold of <paramref name="benchmark"/>.
    /// </summary>
    public static PerformanceReport Compute(
        IReadOnlyList<EquityPoint> curve,
        IReadOnlyList<ClosedTrade> trades,
        IReadOnlyList<BuyAndHoldLeg>? benchmark = null,
        PerformanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(trades);
        var accumulator = new PerformanceAccumulator(options);
        for (var i = 0; i < curve.Count; i++)
            accumulator.Add(curve[i].Time, curve[i].Equity);
        for (var i = 0; i < trades.Count; i++)
            accumulator.AddTrade(trades[i]);
        return accumulator.ToReport(benchmark is null ? double.NaN : BuyAndHoldBenchmark.EqualWeightReturn(benchmark));
    }
}
