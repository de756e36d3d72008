namespace SmartMarket.Trading.Analytics;

/// <summary>
/// Streaming peak-to-trough drawdown and time under water, O(1) per point without allocation.
/// A point at or above the running peak ends a spell under water; the spell lasts from the peak's time to
/// that point's time, or to the last point if equity never recovers.
/// </summary>
public struct DrawdownTracker
{
    private double _peak;
    private long _peakTicks;
    private long _lastTicks;
    private long _longestTicks;
    private bool _started;
    private bool _underWater;

    /// <summary>Largest drawdown so far as a fraction of the peak it fell from (0.25 for −25%).</summary>
    public double MaxDrawdown { get; private set; }

    /// <summary>Time of the peak that started the largest drawdown.</summary>
    public DateTime MaxDrawdownPeak { get; private set; }

    /// <summary>Time of the trough of the largest drawdown.</summary>
    public DateTime MaxDrawdownTrough { get; private set; }

    /// <summary>Longest spell under water, counting an unrecovered one up to the last point.</summary>
    public readonly TimeSpan LongestUnderWater =>
        TimeSpan.FromTicks(_underWater ? Math.Max(_longestTicks, _lastTicks - _peakTicks) : _longestTicks);

    /// <summary>Feeds the next point; times must increase (the caller checks).</summary>
    public void Observe(DateTime time, double equity)
    {
        var ticks = time.Ticks;
        _lastTicks = ticks;
        if (!_started || equity >= _peak)
        {
            if (_underWater)
            {
                _longestTicks = Math.Max(_longestTicks, ticks - _peakTicks);
                _underWater = false;
            }
            _peak = equity;
            _peakTicks = ticks;
            _started = true;
            return;
        }
        _underWater = true;
        var drawdown = 1d - equity / _peak;
        if (drawdown > MaxDrawdown)
        {
            MaxDrawdown = drawdown;
            MaxDrawdownPeak = new DateTime(_peakTicks, DateTimeKind.Utc);
            MaxDrawdownTrough = time;
        }
    }
}
