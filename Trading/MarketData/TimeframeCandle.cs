namespace SmartMarket.Trading.MarketData;

/// <summary>A closed candle together with the timeframe it belongs to.</summary>
public readonly record struct TimeframeCandle(Timeframe Timeframe, Candle Candle);
