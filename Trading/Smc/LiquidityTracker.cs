namespace SmartMarket.Trading.Smc;

/// <summary>
/// Equal highs and equal lows among confirmed swings: a new swing within the tolerance of an untraded earlier swing
/// (or of a live pool) forms (or joins) a pool. A pool is taken by the first bar that trades beyond its level: swept
/// when that bar closes back inside, broken when it closes beyond. Taken pools are reported once and dropped.
/// </summary>
public sealed class LiquidityTracker
{
    private readonly LiquidityPool[] _pools;
    private readonly double[] _levels;
    private readonly SwingStack _highs;
    private readonly SwingStack _lows;
    private int _count;
    private long _nextId;

    // Bounds that let most bars skip the pool loop: no buy-side level below the first, no sell-side above the second.
    private double _lowestBuySide = double.PositiveInfinity;
    private double _highestSellSide = double.NegativeInfinity;

    internal LiquidityTracker(int capacity, int swingLookback)
    {
        _pools = new LiquidityPool[capacity];
        _levels = new double[capacity];
        _highs = new SwingStack(swingLookback, highs: true);
        _lows = new SwingStack(swingLookback, highs: false);
    }

    /// <summary>Active pools, oldest first; valid until the next update.</summary>
    public ReadOnlySpan<LiquidityPool> Active => _pools.AsSpan(0, _count);

    /// <summary>Takes pools the bar traded through, then matches the swings confirmed on this bar.</summary>
    internal SmcChanges Step(in SmcBar bar, SwingDetector swings, SmcChanges found, double tolerance, ISmcEventSink? sink)
    {
        var changes = SmcChanges.None;
        if (bar.High > _lowestBuySide || bar.Low < _highestSellSide)
            changes |= Take(bar, sink);
        _highs.Trade(bar.High);
        _lows.Trade(bar.Low);
        if ((found & SmcChanges.SwingHigh) != 0)
            changes |= AddSwing(bar, swings.LastHigh, LiquiditySide.BuySide, _highs, tolerance, sink);
        if ((found & SmcChanges.SwingLow) != 0)
            changes |= AddSwing(bar, swings.LastLow, LiquiditySide.SellSide, _lows, tolerance, sink);
        return changes;
    }

    internal void Clear()
    {
        Array.Clear(_pools);
        _count = 0;
        _nextId = 0;
        _highs.Clear();
        _lows.Clear();
        UpdateBounds();
    }

    private SmcChanges Take(in SmcBar bar, ISmcEventSink? sink)
    {
        var changes = SmcChanges.None;
        var write = 0;
        for (var read = 0; read < _count; read++)
        {
            var level = _levels[read];
            var buySide = _pools[read].Side == LiquiditySide.BuySide;
            if (buySide ? bar.High > level : bar.Low < level)
            {
                var beyond = buySide ? bar.Close > level : bar.Close < level;
                var taken = _pools[read] with
                {
                    State = beyond ? LiquidityPoolState.Broken : LiquidityPoolState.Swept,
                    UpdatedAt = bar.CloseTime,
                };
                sink?.OnLiquidityPool(taken);
                changes |= SmcChanges.LiquidityTaken;
                continue;
            }
            if (write != read)
            {
                _pools[write] = _pools[read];
                _levels[write] = level;
            }
            write++;
        }
        if (write < _count)
            Array.Clear(_pools, write, _count - write);
        _count = write;
        UpdateBounds();
        return changes;
    }

    private SmcChanges AddSwing(in SmcBar bar, in SwingPoint swing, LiquiditySide side, SwingStack stack, double tolerance, ISmcEventSink? sink)
    {
        var value = (double)swing.Price;
        for (var i = 0; i < _count; i++)
        {
            if (_pools[i].Side == side && Math.Abs(_levels[i] - value) <= tolerance)
            {
                // An untraded pool is at least as extreme as any later swing, so the level stays.
                _pools[i] = _pools[i] with { Swings = _pools[i].Swings + 1, UpdatedAt = bar.CloseTime };
                sink?.OnLiquidityPool(_pools[i]);
                return SmcChanges.LiquidityPoolChanged;
            }
        }
        var matched = stack.TakeEqual(value, tolerance, out var outermost);
        if (matched == 0)
        {
            stack.Push(swing, value);
            return SmcChanges.None;
        }
        if (_count == _pools.Length)
        {
            Array.Copy(_pools, 1, _pools, 0, _count - 1);
            Array.Copy(_levels, 1, _levels, 0, _count - 1);
            _count--;
        }
        var pool = new LiquidityPool(
            _nextId++, side, outermost.Price, matched + 1, outermost.Time, bar.CloseTime, LiquidityPoolState.Active, bar.CloseTime);
        _pools[_count] = pool;
        _levels[_count] = (double)outermost.Price;
        _count++;
        UpdateBounds();
        sink?.OnLiquidityPool(pool);
        return SmcChanges.LiquidityPoolChanged;
    }

    private void UpdateBounds()
    {
        _lowestBuySide = double.PositiveInfinity;
        _highestSellSide = double.NegativeInfinity;
        for (var i = 0; i < _count; i++)
        {
            if (_pools[i].Side == LiquiditySide.BuySide)
                _lowestBuySide = Math.Min(_lowestBuySide, _levels[i]);
            else
                _highestSellSide = Math.Max(_highestSellSide, _levels[i]);
        }
    }
}
