using SmartMarket.Trading.Analytics;
using SmartMarket.Trading.MarketData;

namespace Trading.Tests.Analytics;

public class RealDataPerformanceTests
{
    private static readonly Lazy<List<Candle>> Btc = new(() => CandleCsv.Read("BTCUSDT-1h.csv"));

    [Fact]
    public void Compute_HoldingOneBtcOverRealHours_MatchesNaiveFormulas()
    {
        var candles = Btc.Value;
        var curve = candles.Select(c => new EquityPoint(c.OpenTime, c.Close)).ToArray();
        var equity = curve.Select(p => (double)p.Equity).ToArray();

        var report = PerformanceAnalyzer.Compute(curve, [], [BuyAndHoldLeg.FromCandles(new Symbol("BTCUSDT"), candles)]);

        // Naive reference: two-pass statistics over the returns.
        var returns = new double[equity.Length - 1];
        for (var i = 1; i < equity.Length; i++)
            returns[i - 1] = equity[i] / equity[i - 1] - 1d;
        var mean = returns.Average();
        var sd = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Length - 1));
        var downside = Math.Sqrt(returns.Sum(r => r < 0 ? r * r : 0) / returns.Length);
        var years = (curve[^1].Time - curve[0].Time).TotalDays / 365d;
        var perYear = returns.Length / years;
        Assert.Equal(perYear, report.PeriodsPerYear, 9);
        Assert.Equal(mean / sd * Math.Sqrt(perYear), report.Sharpe, 9);
        Assert.Equal(mean / downside * Math.Sqrt(perYear), report.Sortino, 9);
        Assert.Equal(sd * Math.Sqrt(perYear), report.AnnualizedVolatility, 9);
        Assert.Equal(equity[^1] / equity[0] - 1d, report.TotalReturn, 12);
        Assert.Equal(Math.Pow(equity[^1] / equity[0], 1d / years) - 1d, report.Cagr, 12);
        Assert.Equal(report.TotalReturn, report.BenchmarkReturn, 12);

        // Naive drawdown: distance below the running maximum at every point.
        var maxDrawdown = 0d;
        var peak = equity[0];
        foreach (var e in equity)
        {
            peak = Math.Max(peak, e);
            maxDrawdown = Math.Max(maxDrawdown, (peak - e) / peak);
        }
        Assert.Equal(maxDrawdown, report.MaxDrawdown, 12);
        Assert.Equal(NaiveLongestUnderWater(curve), report.MaxDrawdownDuration);
    }

    // For every new high, scan forward to the first point back at that level (or the end).
    private static TimeSpan NaiveLongestUnderWater(EquityPoint[] curve)
    {
        var longest = TimeSpan.Zero;
        var high = decimal.MinValue;
        for (var i = 0; i < curve.Length; i++)
        {
            if (curve[i].Equity < high)
                continue;
            high = curve[i].Equity;
            var j = i + 1;
            while (j < curve.Length && curve[j].Equity < high)
                j++;
            if (j == i + 1)
                continue;
            var until = j < curve.Length ? curve[j].Time : curve[^1].Time;
            if (until - curve[i].Time > longest)
                longest = until - curve[i].Time;
            i = j - 1;
        }
        return longest;
    }
}
