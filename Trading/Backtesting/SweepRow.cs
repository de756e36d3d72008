using SmartMarket.Trading.Analytics;
using SmartMarket.Trading.Strategies;

namespace SmartMarket.Trading.Backtesting;

/// <summary>One combination of a parameter sweep and how it did.</summary>
public sealed record SweepRow(StrategyParameters Parameters, PerformanceReport Performance, decimal FinalEquity, long AmbiguousExits);
