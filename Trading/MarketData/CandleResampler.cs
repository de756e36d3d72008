namespace SmartMarket.Trading.MarketData;

/// <summary>
/// Turns candles of one timeframe into candles of a longer one (1m into 1h, say). A higher bar is emitted as soon as
/// the last lower bar of its period arrives; if that bar is missing (a gap), it is emitted when the first lower bar
/// of a later period arrives. Input must be aligned to its timeframe, strictly increasing and valid OHLCV.
/// </summary>
public sealed class CandleResampler
{
    /// <summary>At most this many higher bars close on one <see cref="Add"/>: the pending one and the new one.</summary>
    public const int MaxClosedPerAdd = 2;

    private readonly long _inputTicks;
    private readonly long _outputTicks;
    private bool _hasPending;
    private Candle _pending;
    private DateTime? _lastInput;

    public CandleResampler(Timeframe input, Timeframe output)
    {
        if ((int)input <= 0)
            throw new ArgumentOutOfRangeException(nameof(input), input, "input timeframe must be a positive number of seconds.");
        if ((int)output < (int)input || (int)output % (int)input != 0)
            throw new ArgumentException($"output timeframe {output} must be a whole multiple of input timeframe {input}.", nameof(output));
        Input = input;
        Output = output;
        _inputTicks = (int)input * TimeSpan.TicksPerSecond;
        _outputTicks = (int)output * TimeSpan.TicksPerSecond;
    }

    public Timeframe Input { get; }

    public Timeframe Output { get; }

    /// <summary>
    /// Adds the next lower bar and writes the higher bars it closes into <paramref name="closed"/>, oldest first.
    /// Returns how many (0 to <see cref="MaxClosedPerAdd"/>).
    /// </summary>
    /// <param name="closed">Room for at least <see cref="MaxClosedPerAdd"/> candles.</param>
    /// <exception cref="ArgumentException">The candle is misaligned, out of order or invalid; nothing changes.</exception>
    public int Add(in Candle candle, Span<Candle> closed)
    {
        if (closed.Length < MaxClosedPerAdd)
            throw new ArgumentException($"closed must have room for {MaxClosedPerAdd} candles.", nameof(closed));
        Check(candle);
        _lastInput = candle.OpenTime;

        var time = candle.OpenTime.Ticks;
        var periodOpen = time - time % _outputTicks;
        var count = 0;
        if (_hasPending && _pending.OpenTime.Ticks != periodOpen)
        {
            closed[count++] = _pending;
            _hasPending = false;
        }
        _pending = _hasPending
            ? new Candle(_pending.OpenTime, _pending.Open, Math.Max(_pending.High, candle.High), Math.Min(_pending.Low, candle.Low),
                candle.Close, _pending.Volume + candle.Volume)
            : candle with { OpenTime = new DateTime(periodOpen, DateTimeKind.Utc) };
        _hasPending = true;
        if (time + _inputTicks == periodOpen + _outputTicks)
        {
            closed[count++] = _pending;
            _hasPending = false;
        }
        return count;
    }

    /// <summary>Hands out the higher bar still waiting for lower bars (for example at the end of data), if any.</summary>
    public bool TryFlush(out Candle partial)
    {
        partial = _pending;
        var had = _hasPending;
        _hasPending = false;
        return had;
    }

    /// <summary>Resamples a whole sequence, streaming; a trailing period still waiting for lower bars is left out.</summary>
    public static IEnumerable<Candle> Resample(IEnumerable<Candle> candles, Timeframe input, Timeframe output)
    {
        ArgumentNullException.ThrowIfNull(candles);
        var resampler = new CandleResampler(input, output);
        return Iterate(candles, resampler);
    }

    private static IEnumerable<Candle> Iterate(IEnumerable<Candle> candles, CandleResampler resampler)
    {
        var closed = new Candle[MaxClosedPerAdd];
        foreach (var candle in candles)
        {
            var count = resampler.Add(candle, closed);
            for (var i = 0; i < count; i++)
                yield return closed[i];
        }
    }

    private void Check(in Candle candle)
    {
        if (candle.OpenTime.Ticks % _inputTicks != 0)
            throw new ArgumentException(
                $"candle open time {CandleChecks.Format(candle.OpenTime)} is not aligned to {CandleChecks.Name(Input)} bars.", nameof(candle));
        if (CandleChecks.OrderProblem(candle.OpenTime, _lastInput) is { } order)
            throw new ArgumentException($"candle {order}.", nameof(candle));
        if (CandleChecks.Problem(candle) is { } problem)
            throw new ArgumentException($"candle at {CandleChecks.Format(candle.OpenTime)}: {problem}.", nameof(candle));
    }
}
