using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Execution;

/// <summary>
/// Rejects malformed or out-of-order prices before they touch any state. Runs on every bar, so the price checks are
/// screened on doubles (see <see cref="Screen"/>) and only near-ties, such as an open equal to the high, are settled
/// with exact decimal comparisons.
/// </summary>
internal static class CandleGuard
{
    /// <summary>Checks <paramref name="c"/> and returns its prices as doubles.</summary>
    public static BarPrices Check(in Candle c, DateTime lastTime, string name)
    {
        if (c.OpenTime.Kind != DateTimeKind.Utc || c.OpenTime <= lastTime)
            ThrowTime(c.OpenTime, lastTime, name);
        double open = (double)c.Open, high = (double)c.High, low = (double)c.Low, close = (double)c.Close;
        if (!(low > 0d)
            || !AtMost(low, open, c.Low, c.Open) || !AtMost(low, close, c.Low, c.Close)
            || !AtMost(open, high, c.Open, c.High) || !AtMost(close, high, c.Close, c.High)
            || (decimal.IsNegative(c.Volume) && c.Volume < 0m))
            ThrowPrices(c, name);
        return new BarPrices(open, high, low, close);
    }

    public static void CheckPrice(DateTime time, decimal price, DateTime lastTime)
    {
        if (time.Kind != DateTimeKind.Utc)
            throw new ArgumentException($"time must be UTC, was {time.Kind}", nameof(time));
        if (time < lastTime)
            throw new ArgumentException($"time {time:O} must not be before the last price at {lastTime:O}", nameof(time));
        if (price <= 0m)
            throw new ArgumentOutOfRangeException(nameof(price), price, "price must be greater than zero");
    }

    /// <summary>Lower-timeframe candles must be valid, in order and inside the bar they refine.</summary>
    public static void CheckInside(ReadOnlySpan<Candle> inner, in Candle bar)
    {
        var last = bar.OpenTime.AddTicks(-1);
        for (var i = 0; i < inner.Length; i++)
        {
            ref readonly var c = ref inner[i];
            Check(c, last, "lowerTimeframe[" + i + "]");
            if (c.High > bar.High || c.Low < bar.Low)
                throw new ArgumentException(
                    $"lowerTimeframe[{i}] at {c.OpenTime:O} (high {c.High}, low {c.Low}) lies outside its bar (high {bar.High}, low {bar.Low})",
                    "lowerTimeframe");
            last = c.OpenTime;
        }
    }

    private static bool AtMost(double a, double b, decimal exactA, decimal exactB)
    {
        var sign = Screen.Sign(a, b);
        return sign != 0 ? sign < 0 : exactA <= exactB;
    }

    private static void ThrowTime(DateTime time, DateTime lastTime, string name)
    {
        if (time.Kind != DateTimeKind.Utc)
            throw new ArgumentException($"{name}.OpenTime must be UTC, was {time.Kind}", name);
        throw new ArgumentException($"{name}.OpenTime {time:O} must be after the previous bar at {lastTime:O}", name);
    }

    private static void ThrowPrices(in Candle c, string name)
    {
        if (c.Low <= 0m)
            throw new ArgumentException($"{name}.Low must be greater than zero, was {c.Low}", name);
        if (c.Volume < 0m)
            throw new ArgumentException($"{name}.Volume must not be negative, was {c.Volume}", name);
        throw new ArgumentException($"{name} is inconsistent: open {c.Open}, high {c.High}, low {c.Low}, close {c.Close}", name);
    }
}
