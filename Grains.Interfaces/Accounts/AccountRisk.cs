namespace SmartMarket.Grains.Accounts;

/// <summary>
/// An account's risk now. VaR and CVaR are historical, at 95 %, over the returns between the account's equity samples
/// (one per minute of market time with prices, kept in memory since the grain's activation): a loss fraction of equity
/// per sample period, null until there are two samples.
/// </summary>
/// <param name="Var95">Loss fraction not exceeded in 95 % of sample periods.</param>
/// <param name="CVar95">Average loss fraction in the worst 5 % of sample periods.</param>
/// <param name="Drawdown">Fall of the last equity sample from the highest one, as a fraction of the highest.</param>
/// <param name="MaxDrawdown">Largest peak-to-trough fall over the samples, as a fraction of the peak.</param>
/// <param name="Exposure">Net market value of the open positions at their last prices.</param>
/// <param name="GrossExposure">Sum of the absolute market values of the open positions.</param>
/// <param name="Samples">Equity samples the figures come from.</param>
/// <param name="Limits">Each limit of the risk manager with its use.</param>
public sealed record AccountRisk(
    double? Var95,
    double? CVar95,
    double Drawdown,
    double MaxDrawdown,
    decimal Exposure,
    decimal GrossExposure,
    int Samples,
    IReadOnlyList<RiskLimitUse> Limits);
