using SmartMarket.Trading.MarketData;

namespace SmartMarket.Grains.Market;

/// <summary>A bar of <paramref name="Timeframe"/> closed for <paramref name="Symbol"/>.</summary>
public sealed record CandleClosed(Symbol Symbol, Timeframe Timeframe, Candle Candle);
