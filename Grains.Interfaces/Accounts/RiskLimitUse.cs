namespace SmartMarket.Grains.Accounts;

/// <summary>One risk limit of the account and how much of it is in use.</summary>
/// <param name="Name">The rule, e.g. "MaxPosition", "MaxLeverage", "DailyLoss".</param>
/// <param name="Limit">The limit (a fraction of equity, a multiple, or a count for MaxOpenPositions).</param>
/// <param name="Used">The current value in the same unit.</param>
/// <param name="Utilization">Used / Limit: 1 means the limit is reached.</param>
/// <param name="Blocking">
/// Whether the limit refuses new risk now: a cap at or past its limit, a latched kill switch or a breached day (which stay
/// blocking after equity recovers, until reset or the next UTC day).
/// </param>
public sealed record RiskLimitUse(string Name, decimal Limit, decimal Used, decimal Utilization, bool Blocking);
