namespace SmartMarket.Trading.MarketData;

/// <summary>The direction of an order, a fill or a signal.</summary>
public enum Side
{
    Buy = 1,
    Sell = -1,
}
