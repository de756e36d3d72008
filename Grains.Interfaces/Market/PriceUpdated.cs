using SmartMarket.Trading.MarketData;

namespace SmartMarket.Grains.Market;

/// <summary>A trade printed at <paramref name="Price"/>: a struct, so the per-tick stream carries no allocation.</summary>
public readonly record struct PriceUpdated(Symbol Symbol, DateTime Time, decimal Price);
