namespace SmartMarket.Trading.Execution;

/// <summary>When a price reaches an order's level, from the order's side of the book.</summary>
internal static class PriceRules
{
    /// <summary>A limit can execute at <paramref name="price"/>: a buy at or below its limit, a sell at or above.</summary>
    public static bool Marketable(bool isBuy, decimal limit, decimal price) => isBuy ? price <= limit : price >= limit;

    /// <summary>A stop is triggered at <paramref name="price"/>: a buy at or above its stop, a sell at or below.</summary>
    public static bool Through(bool isBuy, decimal stop, decimal price) => isBuy ? price >= stop : price <= stop;

    /// <summary>A stop is triggered somewhere inside a bar's range.</summary>
    public static bool StopHit(bool isBuy, decimal stop, decimal high, decimal low) => isBuy ? high >= stop : low <= stop;

    /// <summary>A resting limit fills inside a bar's range; with trade-through the price must pass the limit.</summary>
    public static bool LimitHit(bool isBuy, decimal limit, decimal high, decimal low, bool tradeThrough) =>
        isBuy ? (tradeThrough ? low < limit : low <= limit) : (tradeThrough ? high > limit : high >= limit);
}
