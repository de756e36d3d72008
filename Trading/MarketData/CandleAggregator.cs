namespace SmartMarket.Trading.MarketData;

/// <summary>
/// Builds candles of one timeframe from a stream of trades. A bar is emitted when the first trade of a later bar
/// arrives, or when <see cref="CloseAt"/> is told the clock has passed its end. Bars without trades produce no
/// candle: gaps are left out, as exchanges do. Trades must arrive in time order; one earlier than the previous trade,
/// or inside a bar already closed, is rejected and changes nothing.
/// </summary>
public sealed class CandleAggregator
{
    private readonly long _barTicks;
    private bool _hasBar;
    private Candle _bar;
    private long _lastTickTime = long.MinValue;
    private long _closedUntil = long.MinValue;

    public CandleAggregator(Timeframe timeframe)
    {
        if ((int)timeframe <= 0)
            throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "timeframe must be a positive number of seconds.");
        Timeframe = timeframe;
        _barTicks = (int)timeframe * TimeSpan.TicksPerSecond;
    }

    public Timeframe Timeframe { get; }

    /// <summary>True while a bar has trades and is not yet closed.</summary>
    public bool HasOpenBar => _hasBar;

    /// <summary>The bar being built, as it stands after the latest trade.</summary>
    public bool TryGetOpenBar(out Candle bar)
    {
        bar = _bar;
        return _hasBar;
    }

    /// <summary>Adds a trade. Returns true, with the finished bar, when this trade is the first of a later bar.</summary>
    /// <exception cref="ArgumentException">The trade is out of order, falls in a closed bar, or has a bad price, quantity or side.</exception>
    public bool Add(in Tick tick, out Candle closed)
    {
        Check(tick);
        var time = tick.Time.Ticks;
        var open = time - time % _barTicks;
        _lastTickTime = time;
        closed = default;
        var emitted = false;
        if (_hasBar && open != _bar.OpenTime.Ticks)
        {
            closed = _bar;
            _closedUntil = _bar.OpenTime.Ticks + _barTicks;
            emitted = true;
            _hasBar = false;
        }
        if (_hasBar)
        {
            _bar = _bar with
            {
                High = Math.Max(_bar.High, tick.Price),
                Low = Math.Min(_bar.Low, tick.Price),
                Close = tick.Price,
                Volume = _bar.Volume + tick.Quantity,
            };
        }
        else
        {
            _bar = new Candle(new DateTime(open, DateTimeKind.Utc), tick.Price, tick.Price, tick.Price, tick.Price, tick.Quantity);
            _hasBar = true;
        }
        return emitted;
    }

    /// <summary>
    /// Closes the open bar if the clock <paramref name="now"/> has reached its end (no trade can join it any more).
    /// Returns true with that bar; false when there is no open bar or it is still running.
    /// </summary>
    public bool CloseAt(DateTime now, out Candle closed)
    {
        if (now.Kind == DateTimeKind.Local)
            throw new ArgumentException("now must be UTC, not local time.", nameof(now));
        closed = default;
        if (!_hasBar)
            return false;
        var end = _bar.OpenTime.Ticks + _barTicks;
        if (now.Ticks < end)
            return false;
        closed = _bar;
        _closedUntil = end;
        _hasBar = false;
        return true;
    }

    /// <summary>Throws, naming the problem, if <see cref="Add"/> would reject the trade; changes nothing.</summary>
    internal void Check(in Tick tick)
    {
        if (tick.Price <= 0)
            throw new ArgumentException($"tick price must be positive but is {tick.Price}.", nameof(tick));
        if (tick.Quantity <= 0)
            throw new ArgumentException($"tick quantity must be positive but is {tick.Quantity}.", nameof(tick));
        if (tick.Aggressor is not (Side.Buy or Side.Sell))
            throw new ArgumentException($"tick aggressor must be Buy or Sell but is {(int)tick.Aggressor}.", nameof(tick));
        if (tick.Time.Kind == DateTimeKind.Local)
            throw new ArgumentException("tick time must be UTC, not local time.", nameof(tick));
        var time = tick.Time.Ticks;
        if (time < _lastTickTime)
            throw new ArgumentException(
                $"tick at {CandleChecks.Format(tick.Time)} is out of order: the previous tick was at {CandleChecks.Format(new DateTime(_lastTickTime))}.",
                nameof(tick));
        if (time < _closedUntil)
            throw new ArgumentException(
                $"tick at {CandleChecks.Format(tick.Time)} falls in a bar already closed (closed until {CandleChecks.Format(new DateTime(_closedUntil))}).",
                nameof(tick));
    }
}
