namespace SmartMarket.Trading.MarketData;

/// <summary>One trade: when (UTC), at what price, how much, and which side took liquidity.</summary>
/// <param name="Aggressor">The taker's side: <see cref="Side.Buy"/> when a buyer lifted an offer.</param>
public readonly record struct Tick(DateTime Time, decimal Price, decimal Quantity, Side Aggressor);
