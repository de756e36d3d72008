namespace SmartMarket.Grains.Market;

/// <summary>A symbol's latest price: the last trade, or in a replay the last bar's close.</summary>
/// <param name="Price">The price; 0 before the first trade or bar.</param>
/// <param name="Time">When it traded (UTC), or the bar's close.</param>
/// <param name="Ticks">Trades taken since activation; 0 in a replay, whose prices come from bars.</param>
public readonly record struct LastTrade(decimal Price, DateTime Time, long Ticks);
