using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Execution;

/// <summary>Rejects malformed or out-of-order prices before they touch any state.</summary>
internal static class CandleGuard
{
    public static void Check(in Candle c, DateTime lastTime, string name)
    {
        if (c.OpenTime.Kind != DateTimeKind.Utc)
            throw new ArgumentException($"{name}.OpenTime must be UTC, was {c.OpenTime.Kind}", name);
        if (c.OpenTime <= lastTime)
            throw new ArgumentException($"{name}.OpenTime {c.OpenTime:O} must be after the previous bar at {lastTime:O}", name);
        if (c.Low <= 0m)
            throw new ArgumentException($"{name}.Low must be greater than zero, was {c.Low}", name);
        if (c.High < c.Open || c.High < c.Close || c.Low > c.Open || c.Low > c.Close)
            throw new ArgumentException($"{name} is inconsistent: open {c.Open}, high {c.High}, low {c.Low}, close {c.Close}", name);
        if (c.Volume < 0m)
            throw new ArgumentException($"{name}.Volume must not be negative, was {c.Volume}", name);
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
}
