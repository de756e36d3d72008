using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Smc;

/// <summary>
/// Rejects candles that would corrupt a streaming detector: inconsistent prices, a local time, a time not on the
/// timeframe's grid, or a time not after the previous bar. Checks run on the double prices already converted for
/// the bar; the throwing paths stay out of line so the common path inlines.
/// </summary>
internal static class BarChecks
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Validate(in SmcBar bar, long barTicks, DateTime previousOpen, bool hasPrevious, string paramName)
    {
        if (!(bar.Low > 0) || bar.High < bar.Low || bar.Open < bar.Low || bar.Open > bar.High
            || bar.Close < bar.Low || bar.Close > bar.High || (decimal.IsNegative(bar.Candle.Volume) && bar.Candle.Volume != 0m))
            ThrowPrices(bar.Candle, paramName);
        var time = bar.Candle.OpenTime;
        if (time.Ticks % barTicks != 0 || time.Kind == DateTimeKind.Local || (hasPrevious && time <= previousOpen))
            ThrowTime(time, barTicks, previousOpen, paramName);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowPrices(in Candle c, string paramName)
    {
        var problem =
            c.Low <= 0 ? $"Low {c.Low} must be positive"
            : c.High < c.Low ? $"High {c.High} is below Low {c.Low}"
            : c.Open < c.Low || c.Open > c.High ? $"Open {c.Open} is outside [Low {c.Low}, High {c.High}]"
            : c.Close < c.Low || c.Close > c.High ? $"Close {c.Close} is outside [Low {c.Low}, High {c.High}]"
            : $"Volume {c.Volume} is negative";
        throw new ArgumentException($"candle at {c.OpenTime:O}: {problem}", paramName);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowTime(DateTime time, long barTicks, DateTime previousOpen, string paramName)
    {
        var problem =
            time.Kind == DateTimeKind.Local ? "OpenTime must be UTC, not local time"
            : time.Ticks % barTicks != 0 ? $"OpenTime is not a bar open of the {TimeSpan.FromTicks(barTicks)} timeframe"
            : $"OpenTime is not after the previous candle's {previousOpen:O}";
        throw new ArgumentException($"candle at {time:O}: {problem}", paramName);
    }
}
