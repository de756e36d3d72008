namespace SmartMarket.Trading.Smc;

/// <summary>
/// Finds three-candle imbalances when their third candle closes and follows how deep later bars retrace into them:
/// a bullish gap fills from its top down, a bearish one from its bottom up. A fully filled gap is reported once and
/// dropped; a bounded number of unfilled gaps is kept, oldest dropped first.
/// </summary>
public sealed class FairValueGapTracker
{
    private readonly FairValueGap[] _gaps;
    private readonly double[] _tops;
    private readonly double[] _bottoms;

    // The deepest price reached into each gap so far (starts at the gap's near edge): one comparison per bar.
    private readonly double[] _reached;
    private int _count;
    private long _nextId;

    // Only a low below the highest bullish reach or a high above the lowest bearish reach deepens a gap,
    // so most bars skip the loop.
    private double _bullishReach = double.NegativeInfinity;
    private double _bearishReach = double.PositiveInfinity;

    internal FairValueGapTracker(int capacity)
    {
        _gaps = new FairValueGap[capacity];
        _tops = new double[capacity];
        _bottoms = new double[capacity];
        _reached = new double[capacity];
    }

    /// <summary>Open and partially filled gaps, oldest first; valid until the next update.</summary>
    public ReadOnlySpan<FairValueGap> Open => _gaps.AsSpan(0, _count);

    /// <summary>Fills existing gaps with the bar, then records a gap that the bar completes, if at least <paramref name="minHeight"/> tall.</summary>
    internal SmcChanges Step(in SmcBar bar, BarHistory history, double minHeight, ISmcEventSink? sink)
    {
        var changes = bar.Low < _bullishReach || bar.High > _bearishReach ? Fill(bar, sink) : SmcChanges.None;
        if (bar.Index < 2)
            return changes;
        ref readonly var first = ref history.At(bar.Index - 2);
        if (bar.Low > first.High && bar.Low - first.High >= minHeight)
            changes |= Add(Bias.Bullish, bar.Candle.Low, bar.Low, first.Candle.High, first.High, history.At(bar.Index - 1).Candle.OpenTime, bar.CloseTime, sink);
        else if (bar.High < first.Low && first.Low - bar.High >= minHeight)
            changes |= Add(Bias.Bearish, first.Candle.Low, first.Low, bar.Candle.High, bar.High, history.At(bar.Index - 1).Candle.OpenTime, bar.CloseTime, sink);
        return changes;
    }

    /// <summary>True when an unfilled gap of <paramref name="direction"/> spans <paramref name="price"/>.</summary>
    internal bool AnyContains(Bias direction, double price)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_gaps[i].Direction == direction && price >= _bottoms[i] && price <= _tops[i])
                return true;
        }
        return false;
    }

    internal void Clear()
    {
        Array.Clear(_gaps);
        _count = 0;
        _nextId = 0;
        UpdateBounds();
    }

    private SmcChanges Fill(in SmcBar bar, ISmcEventSink? sink)
    {
        var changes = SmcChanges.None;
        var write = 0;
        double bullishReach = double.NegativeInfinity, bearishReach = double.PositiveInfinity;
        for (var read = 0; read < _count; read++)
        {
            ref var gap = ref _gaps[read];
            double top = _tops[read], bottom = _bottoms[read], reached = _reached[read];
            var bullish = gap.Direction == Bias.Bullish;
            if (bullish ? bar.Low < reached : bar.High > reached)
            {
                reached = bullish ? Math.Max(bar.Low, bottom) : Math.Min(bar.High, top);
                var filled = reached == (bullish ? bottom : top);
                gap = gap with
                {
                    State = filled ? FairValueGapState.Filled : FairValueGapState.PartiallyFilled,
                    FilledShare = filled ? 1.0 : (bullish ? top - reached : reached - bottom) / (top - bottom),
                    UpdatedAt = bar.CloseTime,
                };
                sink?.OnFairValueGap(gap);
                changes |= SmcChanges.FairValueGapFilling;
                if (filled)
                    continue;
            }
            if (write != read)
            {
                _gaps[write] = gap;
                _tops[write] = top;
                _bottoms[write] = bottom;
            }
            _reached[write] = reached;
            write++;
            if (bullish)
                bullishReach = Math.Max(bullishReach, reached);
            else
                bearishReach = Math.Min(bearishReach, reached);
        }
        if (write < _count)
            Array.Clear(_gaps, write, _count - write);
        _count = write;
        _bullishReach = bullishReach;
        _bearishReach = bearishReach;
        return changes;
    }

    private SmcChanges Add(Bias direction, decimal top, double topValue, decimal bottom, double bottomValue, DateTime time, DateTime knownAt, ISmcEventSink? sink)
    {
        var evicted = _count == _gaps.Length;
        if (evicted)
        {
            Array.Copy(_gaps, 1, _gaps, 0, _count - 1);
            Array.Copy(_tops, 1, _tops, 0, _count - 1);
            Array.Copy(_bottoms, 1, _bottoms, 0, _count - 1);
            Array.Copy(_reached, 1, _reached, 0, _count - 1);
            _count--;
        }
        var gap = new FairValueGap(_nextId++, direction, top, bottom, time, knownAt, FairValueGapState.Open, 0.0, knownAt);
        _gaps[_count] = gap;
        _tops[_count] = topValue;
        _bottoms[_count] = bottomValue;
        _reached[_count] = direction == Bias.Bullish ? topValue : bottomValue;
        _count++;
        if (evicted)
            UpdateBounds();
        else if (direction == Bias.Bullish)
            _bullishReach = Math.Max(_bullishReach, topValue);
        else
            _bearishReach = Math.Min(_bearishReach, bottomValue);
        sink?.OnFairValueGap(gap);
        return SmcChanges.FairValueGapCreated;
    }

    private void UpdateBounds()
    {
        _bullishReach = double.NegativeInfinity;
        _bearishReach = double.PositiveInfinity;
        for (var i = 0; i < _count; i++)
        {
            if (_gaps[i].Direction == Bias.Bullish)
                _bullishReach = Math.Max(_bullishReach, _reached[i]);
            else
                _bearishReach = Math.Min(_bearishReach, _reached[i]);
        }
    }
}
