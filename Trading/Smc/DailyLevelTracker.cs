namespace SmartMarket.Trading.Smc;

/// <summary>
/// Builds each UTC day's open, high, low and close from intraday bars and publishes them as the previous day's levels
/// once the day is complete: when a bar closes at midnight, or when a bar of a later day shows that the day's last
/// bars were missing. The day's bars are kept (bounded by bars per day) to count touches of each level.
/// </summary>
public sealed class DailyLevelTracker
{
    private readonly double[] _barHighs;
    private readonly double[] _barLows;
    private readonly double[] _ranges;
    private readonly double _touchShare;
    private int _barCount;
    private int _rangeCount;
    private int _rangeNext;
    private bool _inDay;
    private DateTime _day;
    private long _dayEndTicks;
    private decimal _open;
    private decimal _high;
    private decimal _low;
    private decimal _close;
    private double _highValue;
    private double _lowValue;

    internal DailyLevelTracker(TimeSpan barLength, int averageDays, double touchShare)
    {
        var barsPerDay = (int)Math.Max(1, TimeSpan.TicksPerDay / barLength.Ticks);
        _barHighs = new double[barsPerDay];
        _barLows = new double[barsPerDay];
        _ranges = new double[averageDays];
        _touchShare = touchShare;
    }

    /// <summary>The latest completed day; <see cref="DailyLevels.Exists"/> is false before the first.</summary>
    public DailyLevels Previous { get; private set; }

    internal SmcChanges Step(in SmcBar bar, ISmcEventSink? sink)
    {
        var changes = SmcChanges.None;
        var ticks = bar.Candle.OpenTime.Ticks;
        if (_inDay && ticks >= _dayEndTicks)
            changes |= Complete(bar.CloseTime, sink);
        if (!_inDay)
        {
            _inDay = true;
            _day = new DateTime(ticks - ticks % TimeSpan.TicksPerDay, DateTimeKind.Utc);
            _dayEndTicks = _day.Ticks + TimeSpan.TicksPerDay;
            _barCount = 0;
            _open = bar.Candle.Open;
            _high = bar.Candle.High;
            _low = bar.Candle.Low;
            _highValue = bar.High;
            _lowValue = bar.Low;
        }
        else
        {
            if (bar.High > _highValue)
            {
                _high = bar.Candle.High;
                _highValue = bar.High;
            }
            if (bar.Low < _lowValue)
            {
                _low = bar.Candle.Low;
                _lowValue = bar.Low;
            }
        }
        _close = bar.Candle.Close;
        // Aligned, strictly increasing bars cannot overflow the day; the guard keeps a misuse from throwing here.
        if (_barCount < _barHighs.Length)
        {
            _barHighs[_barCount] = bar.High;
            _barLows[_barCount] = bar.Low;
            _barCount++;
        }
        if (bar.CloseTime.Ticks >= _dayEndTicks)
            changes |= Complete(bar.CloseTime, sink);
        return changes;
    }

    internal void Clear()
    {
        _inDay = false;
        _barCount = 0;
        _rangeCount = 0;
        _rangeNext = 0;
        Previous = default;
    }

    private SmcChanges Complete(DateTime knownAt, ISmcEventSink? sink)
    {
        _inDay = false;
        var range = _highValue - _lowValue;
        var average = 0.0;
        for (var i = 0; i < _rangeCount; i++)
            average += _ranges[i];
        average = _rangeCount > 0 ? average / _rangeCount : 0.0;
        var ratio = average > 0 ? range / average : 1.0;
        _ranges[_rangeNext] = range;
        _rangeNext = (_rangeNext + 1) % _ranges.Length;
        _rangeCount = Math.Min(_rangeCount + 1, _ranges.Length);

        var tolerance = _touchShare * range;
        double open = (double)_open, close = (double)_close;
        int openTouches = 0, highTouches = 0, lowTouches = 0, closeTouches = 0;
        for (var i = 0; i < _barCount; i++)
        {
            double high = _barHighs[i], low = _barLows[i];
            if (high >= _highValue - tolerance)
                highTouches++;
            if (low <= _lowValue + tolerance)
                lowTouches++;
            if (low - tolerance <= open && open <= high + tolerance)
                openTouches++;
            if (low - tolerance <= close && close <= high + tolerance)
                closeTouches++;
        }
        Previous = new DailyLevels(
            _day,
            knownAt,
            Level(DailyLevelKind.Open, _open, openTouches, ratio),
            Level(DailyLevelKind.High, _high, highTouches, ratio),
            Level(DailyLevelKind.Low, _low, lowTouches, ratio),
            Level(DailyLevelKind.Close, _close, closeTouches, ratio),
            ratio);
        sink?.OnDailyLevels(Previous);
        return SmcChanges.DailyLevels;
    }

    private static DailyLevel Level(DailyLevelKind kind, decimal price, int touches, double rangeRatio)
    {
        var score = 0.5 * Math.Min(touches - 1, 3) / 3.0 + 0.5 * Math.Min(rangeRatio, 2.0) / 2.0;
        var strength = score >= 0.6 ? LevelStrength.Strong : score >= 0.3 ? LevelStrength.Moderate : LevelStrength.Weak;
        return new DailyLevel(kind, price, touches, score, strength);
    }
}
