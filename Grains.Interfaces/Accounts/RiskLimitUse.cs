namespace SmartMarket.Grains.Accounts;

/// <summary>One risk limit of the account and how much of it is in use.</summary>
/// <param name="Name">The rule, e.g. "MaxPosition", "MaxLeverage", "DailyLoss".</param>
/// <param name="Limit">The limit (a fraction of equity, a multiple, or a count for MaxOpenPositions).</param>
/// <param name="Used">The current value in the same unit.</param>
/// <param name="Utilization">Used / Limit: 1 means the limit is reached.</param>
public sealed record RiskLimitUse(string Name, decimal Limit, decimal Used, decimal Utilization);
