namespace SmartMarket.Trading.Synthetic;

/// <summary>One simulated minute of one symbol, in log-price space.</summary>
internal readonly record struct MinuteStep(long Minute, double LogOpen, double LogClose, double Variance, double Shock, MarketRegime Regime);
