namespace SmartMarket.Trading.Orders;

/// <summary>Whether a fill added liquidity (a resting limit order) or took it (market, stop, marketable limit).</summary>
public enum Liquidity
{
    Maker = 1,
    Taker = 2,
}
