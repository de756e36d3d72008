namespace SmartMarket.Trading.Smc;

/// <summary>
/// Creates an order block on every structure break and follows it: fresh until a later bar trades back into it,
/// then mitigated, and invalidated (and dropped) when a bar closes beyond its far side. Keeps a bounded number of
/// live blocks, oldest dropped first; prices are compared as doubles held beside each block.
/// </summary>
public sealed class OrderBlockTracker
{
    private readonly OrderBlock[] _blocks;
    private readonly double[] _highs;
    private readonly double[] _lows;
    private readonly int _lookback;
    private int _count;
    private long _nextId;

    // A bar can change a block only by reaching one of these bounds, so most bars skip the loop:
    // the highest high of fresh bullish blocks (a low at or below it mitigates one), the highest low of bullish blocks
    // (a close below it invalidates one), and the mirror images for bearish blocks.
    private double _bullishTouch = double.NegativeInfinity;
    private double _bullishFloor = double.NegativeInfinity;
    private double _bearishTouch = double.PositiveInfinity;
    private double _bearishCeiling = double.PositiveInfinity;

    internal OrderBlockTracker(int capacity, int lookback)
    {
        _blocks = new OrderBlock[capacity];
        _highs = new double[capacity];
        _lows = new double[capacity];
        _lookback = lookback;
    }

    /// <summary>Live (fresh or mitigated) blocks, oldest first; valid until the next update.</summary>
    public ReadOnlySpan<OrderBlock> Active => _blocks.AsSpan(0, _count);

    /// <summary>Updates live blocks with the bar, then adds the block behind a break found on this bar.</summary>
    internal SmcChanges Step(in SmcBar bar, BarHistory history, in StructureBreak brk, bool broke, ISmcEventSink? sink)
    {
        var changes = SmcChanges.None;
        if (bar.Low <= _bullishTouch || bar.Close < _bullishFloor || bar.High >= _bearishTouch || bar.Close > _bearishCeiling)
            changes = Follow(bar, sink);
        if (broke)
            changes |= Create(bar, history, brk, sink);
        return changes;
    }

    /// <summary>True when a live block of <paramref name="direction"/> spans <paramref name="price"/>.</summary>
    internal bool AnyContains(Bias direction, double price)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_blocks[i].Direction == direction && price >= _lows[i] && price <= _highs[i])
                return true;
        }
        return false;
    }

    internal void Clear()
    {
        Array.Clear(_blocks);
        _count = 0;
        _nextId = 0;
        UpdateBounds();
    }

    private SmcChanges Follow(in SmcBar bar, ISmcEventSink? sink)
    {
        var changes = SmcChanges.None;
        var write = 0;
        double bullishTouch = double.NegativeInfinity, bullishFloor = double.NegativeInfinity;
        double bearishTouch = double.PositiveInfinity, bearishCeiling = double.PositiveInfinity;
        for (var read = 0; read < _count; read++)
        {
            ref var block = ref _blocks[read];
            double high = _highs[read], low = _lows[read];
            var bullish = block.Direction == Bias.Bullish;
            if (bullish ? bar.Close < low : bar.Close > high)
            {
                var gone = block with { State = OrderBlockState.Invalidated, UpdatedAt = bar.CloseTime };
                sink?.OnOrderBlock(gone);
                changes |= SmcChanges.OrderBlockInvalidated;
                continue;
            }
            if (block.State == OrderBlockState.Fresh && (bullish ? bar.Low <= high : bar.High >= low))
            {
                block = block with { State = OrderBlockState.Mitigated, UpdatedAt = bar.CloseTime };
                sink?.OnOrderBlock(block);
                changes |= SmcChanges.OrderBlockMitigated;
            }
            if (write != read)
            {
                _blocks[write] = block;
                _highs[write] = high;
                _lows[write] = low;
            }
            write++;
            var fresh = block.State == OrderBlockState.Fresh;
            if (bullish)
            {
                bullishFloor = Math.Max(bullishFloor, low);
                bullishTouch = fresh ? Math.Max(bullishTouch, high) : bullishTouch;
            }
            else
            {
                bearishCeiling = Math.Min(bearishCeiling, high);
                bearishTouch = fresh ? Math.Min(bearishTouch, low) : bearishTouch;
            }
        }
        if (write < _count)
            Array.Clear(_blocks, write, _count - write);
        _count = write;
        (_bullishTouch, _bullishFloor, _bearishTouch, _bearishCeiling) = (bullishTouch, bullishFloor, bearishTouch, bearishCeiling);
        return changes;
    }

    private SmcChanges Create(in SmcBar bar, BarHistory history, in StructureBreak brk, ISmcEventSink? sink)
    {
        var bullish = brk.Direction == Bias.Bullish;
        var start = Math.Max(brk.Swing.BarIndex, Math.Max(history.Oldest, bar.Index - _lookback + 1));

        // The impulsive leg starts at its extreme: the lowest low (bullish) or highest high (bearish) since the swing.
        var extreme = bar.Index;
        var best = bullish ? bar.Low : bar.High;
        for (var i = bar.Index - 1; i >= start; i--)
        {
            ref readonly var b = ref history.At(i);
            if (bullish ? b.Low < best : b.High > best)
            {
                best = bullish ? b.Low : b.High;
                extreme = i;
            }
        }
        var origin = extreme;
        for (var i = extreme; i >= start; i--)
        {
            ref readonly var b = ref history.At(i);
            if (bullish ? b.Close < b.Open : b.Close > b.Open)
            {
                origin = i;
                break;
            }
        }

        var direction = brk.Direction;
        for (var i = 0; i < _count; i++)
        {
            if (_blocks[i].OriginIndex == origin && _blocks[i].Direction == direction)
                return SmcChanges.None;
        }
        var evicted = _count == _blocks.Length;
        if (evicted)
            DropOldest();

        ref readonly var source = ref history.At(origin);
        var block = new OrderBlock(
            _nextId++, direction, source.Candle.High, source.Candle.Low, origin, source.Candle.OpenTime,
            brk.Kind, bar.CloseTime, OrderBlockState.Fresh, bar.CloseTime);
        _blocks[_count] = block;
        _highs[_count] = source.High;
        _lows[_count] = source.Low;
        _count++;
        if (evicted)
        {
            UpdateBounds();
        }
        else if (direction == Bias.Bullish)
        {
            _bullishTouch = Math.Max(_bullishTouch, source.High);
            _bullishFloor = Math.Max(_bullishFloor, source.Low);
        }
        else
        {
            _bearishTouch = Math.Min(_bearishTouch, source.Low);
            _bearishCeiling = Math.Min(_bearishCeiling, source.High);
        }
        sink?.OnOrderBlock(block);
        return SmcChanges.OrderBlockCreated;
    }

    private void UpdateBounds()
    {
        _bullishTouch = _bullishFloor = double.NegativeInfinity;
        _bearishTouch = _bearishCeiling = double.PositiveInfinity;
        for (var i = 0; i < _count; i++)
        {
            var fresh = _blocks[i].State == OrderBlockState.Fresh;
            if (_blocks[i].Direction == Bias.Bullish)
            {
                _bullishFloor = Math.Max(_bullishFloor, _lows[i]);
                if (fresh)
                    _bullishTouch = Math.Max(_bullishTouch, _highs[i]);
            }
            else
            {
                _bearishCeiling = Math.Min(_bearishCeiling, _highs[i]);
                if (fresh)
                    _bearishTouch = Math.Min(_bearishTouch, _lows[i]);
            }
        }
    }

    private void DropOldest()
    {
        Array.Copy(_blocks, 1, _blocks, 0, _count - 1);
        Array.Copy(_highs, 1, _highs, 0, _count - 1);
        Array.Copy(_lows, 1, _lows, 0, _count - 1);
        _count--;
    }
}
