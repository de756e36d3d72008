using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Execution;

/// <summary>When a price reaches an order's level, from the order's side of the book.</summary>
internal static class PriceRules
{
    /// <summary>A limit can execute at <paramref name="price"/>: a buy at or below its limit, a sell at or above.</summary>
    public static bool Marketable(bool isBuy, decimal limit, decimal price) => isBuy ? price <= limit : price >= limit;

    /// <summary>A resting limit fills at <paramref name="price"/>; with trade-through the price must pass the limit.</summary>
    public static bool Crossed(bool isBuy, decimal limit, decimal price, bool tradeThrough) =>
        tradeThrough ? (isBuy ? price < limit : price > limit) : Marketable(isBuy, limit, price);

    /// <summary>A stop is triggered at <paramref name="price"/>: a buy at or above its stop, a sell at or below.</summary>
    public static bool Through(bool isBuy, decimal stop, decimal price) => isBuy ? price >= stop : price <= stop;

    /// <summary>A stop is triggered somewhere inside a bar's range.</summary>
    public static bool StopHit(bool isBuy, decimal stop, decimal high, decimal low) => isBuy ? high >= stop : low <= stop;

    /// <summary><see cref="StopHit(bool, decimal, decimal, decimal)"/>, screened on doubles first (see <see cref="Screen"/>).</summary>
    public static bool StopHit(bool isBuy, decimal stop, double stopApprox, in Candle bar, in BarPrices approx)
    {
        if (isBuy)
        {
            var sign = Screen.Sign(approx.High, stopApprox);
            return sign != 0 ? sign > 0 : bar.High >= stop;
        }
        else
        {
            var sign = Screen.Sign(approx.Low, stopApprox);
            return sign != 0 ? sign < 0 : bar.Low <= stop;
        }
    }

    /// <summary><see cref="LimitHit(bool, decimal, decimal, decimal, bool)"/>, screened on doubles first.</summary>
    public static bool LimitHit(bool isBuy, decimal limit, double limitApprox, in Candle bar, in BarPrices approx, bool tradeThrough)
    {
        var sign = Screen.Sign(isBuy ? approx.Low : approx.High, limitApprox);
        if (sign != 0)
            return isBuy ? sign < 0 : sign > 0;
        return LimitHit(isBuy, limit, bar.High, bar.Low, tradeThrough);
    }

    /// <summary>A resting limit fills inside a bar's range; with trade-through the price must pass the limit.</summary>
    public static bool LimitHit(bool isBuy, decimal limit, decimal high, decimal low, bool tradeThrough) =>
        isBuy ? (tradeThrough ? low < limit : low <= limit) : (tradeThrough ? high > limit : high >= limit);
}
