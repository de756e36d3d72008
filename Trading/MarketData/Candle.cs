namespace SmartMarket.Trading.MarketData;

/// <summary>One OHLCV bar. <see cref="OpenTime"/> is the bar's open time in UTC; prices and volume are exact.</summary>
public readonly record struct Candle(DateTime OpenTime, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume);
