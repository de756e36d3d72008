using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Indicators;

/// <summary>
/// Volume-weighted average price anchored at the start of each UTC day: Σ price · volume / Σ volume over the day's
/// bars so far. Starts afresh on the first update of a new day; NaN while the day has no volume yet.
/// </summary>
public sealed class Vwap
{
    private long _day = long.MinValue;
    private long _lastTicks = long.MinValue;
    private double _priceVolume;
    private double _volume;

    /// <summary>True once the current day has traded volume.</summary>
    public bool IsReady => _volume > 0;

    public double Value => _volume > 0 ? _priceVolume / _volume : double.NaN;

    /// <summary>Volume accumulated since the anchor (UTC midnight).</summary>
    public double Volume => _volume;

    /// <summary>The UTC day the current values belong to; default before the first update.</summary>
    public DateTime AnchorDay => _day == long.MinValue ? default : new DateTime(_day * TimeSpan.TicksPerDay, DateTimeKind.Utc);

    /// <summary>Adds a trade or bar at <paramref name="time"/> (UTC, never earlier than the previous update).</summary>
    /// <param name="price">The price to weight; for bars usually the typical price (high + low + close) / 3.</param>
    /// <param name="volume">Not negative.</param>
    public void Update(DateTime time, double price, double volume)
    {
        IndicatorGuard.Finite(price, nameof(price));
        IndicatorGuard.Finite(volume, nameof(volume));
        if (volume < 0)
            IndicatorGuard.Throw(nameof(volume), volume, "volume must not be negative.");
        if (time.Kind == DateTimeKind.Local)
            IndicatorGuard.Throw(nameof(time), time, "time must be UTC, not local.");
        var ticks = time.Ticks;
        if (ticks < _lastTicks)
            IndicatorGuard.Throw(nameof(time), time, $"time must not go back (previous update was at {new DateTime(_lastTicks, DateTimeKind.Utc):O}).");

        _lastTicks = ticks;
        var day = ticks / TimeSpan.TicksPerDay;
        if (day != _day)
        {
            _day = day;
            _priceVolume = 0;
            _volume = 0;
        }
        _priceVolume += price * volume;
        _volume += volume;
    }

    /// <summary>Adds a bar at its open time, weighted at its typical price (high + low + close) / 3.</summary>
    public void Update(in Candle candle) =>
        Update(candle.OpenTime, (double)(candle.High + candle.Low + candle.Close) / 3.0, (double)candle.Volume);

    public void Reset()
    {
        _day = long.MinValue;
        _lastTicks = long.MinValue;
        _priceVolume = 0;
        _volume = 0;
    }
}
