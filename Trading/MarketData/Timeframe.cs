namespace SmartMarket.Trading.MarketData;

/// <summary>A candle period; the value is its length in seconds.</summary>
public enum Timeframe
{
    M1 = 60,
    M5 = 300,
    M15 = 900,
    M30 = 1800,
    H1 = 3600,
    H4 = 14400,
    D1 = 86400,
}
