namespace SmartMarket.Trading.Analytics;

/// <summary>Account equity (cash plus marked positions) at one UTC time.</summary>
public readonly record struct EquityPoint(DateTime Time, decimal Equity);
