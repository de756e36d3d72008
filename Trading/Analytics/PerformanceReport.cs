namespace SmartMarket.Trading.Analytics;

/// <summary>
/// Performance of one run. Returns are simple per-period returns of the equity curve, rₜ = Eₜ / Eₜ₋₁ − 1;
/// fractions are plain (0.12 for 12%). A ratio with a zero denominator is ±∞ by the sign of its numerator, or NaN
/// when both are zero; statistics that need more points than the curve has are NaN.
/// </summary>
public sealed record PerformanceReport
{
    /// <summary>Time of the first equity point (UTC).</summary>
    public DateTime Start { get; init; }

    /// <summary>Time of the last equity point (UTC).</summary>
    public DateTime End { get; init; }

    /// <summary>Equity at <see cref="Start"/>.</summary>
    public decimal StartEquity { get; init; }

    /// <summary>Equity at <see cref="End"/>.</summary>
    public decimal EndEquity { get; init; }

    /// <summary>Number of per-period returns (equity points − 1).</summary>
    public int Periods { get; init; }

    /// <summary>P used to annualize: from <see cref="PerformanceOptions.PeriodsPerYear"/>, else Periods / years elapsed.</summary>
    public double PeriodsPerYear { get; init; }

    /// <summary>EndEquity / StartEquity − 1.</summary>
    public double TotalReturn { get; init; }

    /// <summary>(EndEquity / StartEquity)^(1 / years) − 1, years = elapsed days / 365.</summary>
    public double Cagr { get; init; }

    /// <summary>Sample standard deviation (n − 1) of per-period returns × √P.</summary>
    public double AnnualizedVolatility { get; init; }

    /// <summary>(mean r − rf per period) / sample stddev × √P.</summary>
    public double Sharpe { get; init; }

    /// <summary>
    /// (mean r − rf per period) / downside deviation × √P, where downside deviation = √(Σ min(r, 0)² / n) over
    /// all n periods (minimum acceptable return 0).
    /// </summary>
    public double Sortino { get; init; }

    /// <summary>CAGR / MaxDrawdown.</summary>
    public double Calmar { get; init; }

    /// <summary>Largest peak-to-trough fall as a fraction of the peak (0.25 for −25%).</summary>
    public double MaxDrawdown { get; init; }

    /// <summary>Longest time under water: from a peak until equity first gets back to it, or until the end if it never does.</summary>
    public TimeSpan MaxDrawdownDuration { get; init; }

    /// <summary>Closed trades.</summary>
    public int TradeCount { get; init; }

    /// <summary>Winning trades / trades; NaN without trades.</summary>
    public double WinRate { get; init; }

    /// <summary>Gross profit / gross loss of closed trades.</summary>
    public double ProfitFactor { get; init; }

    /// <summary>Average net profit per closed trade in money.</summary>
    public decimal Expectancy { get; init; }

    /// <summary>Sum of closed trades' net profit in money.</summary>
    public decimal NetProfit { get; init; }

    /// <summary>Share of [Start, End] during which at least one trade was open.</summary>
    public double Exposure { get; init; }

    /// <summary>Equal-weight buy-and-hold return of the traded symbols over the same period; NaN when not given.</summary>
    public double BenchmarkReturn { get; init; }

    /// <summary>TotalReturn − BenchmarkReturn.</summary>
    public double ExcessReturn => TotalReturn - BenchmarkReturn;
}
