namespace SmartMarket.Trading.Analytics;

/// <summary>Conventions for annualizing performance statistics, bound from the <c>Performance</c> section.</summary>
public sealed class PerformanceOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Performance";

    /// <summary>Crypto markets trade every day, so a year is 365 days of 24 hours for CAGR and for periods per year.</summary>
    public const double DaysPerYear = 365d;

    /// <summary>Annual risk-free rate as a fraction (0.04 for 4%); converted per period as (1 + rf)^(1/P) − 1. Default 0.</summary>
    public double RiskFreeRate { get; init; }

    /// <summary>
    /// Return periods per year P used to annualize volatility, Sharpe and Sortino. Null (the default) derives it
    /// from the sampling: P = returns observed / years elapsed, which is 8,760 for complete hourly bars and stays
    /// right when bars are missing.
    /// </summary>
    public double? PeriodsPerYear { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the option out of range.</summary>
    public void Validate()
    {
        if (!double.IsFinite(RiskFreeRate) || RiskFreeRate <= -1d)
            throw new ArgumentOutOfRangeException(nameof(RiskFreeRate), RiskFreeRate, "RiskFreeRate must be finite and above -1");
        if (PeriodsPerYear is { } p && !(p > 0d && double.IsFinite(p)))
            throw new ArgumentOutOfRangeException(nameof(PeriodsPerYear), p, "PeriodsPerYear must be positive and finite when set");
    }
}
