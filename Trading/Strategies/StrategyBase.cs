using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Smc;

namespace SmartMarket.Trading.Strategies;

/// <summary>
/// What every strategy shares: each candle is checked once (prices, grid alignment, strictly later than the previous
/// bar of its timeframe, and not earlier than any bar already fed, the lower timeframe first on equal closes), its
/// prices converted to double once, then handed to the strategy's decision; signals below the symbol's minimum
/// confidence are dropped, and every emitted signal is checked for a stop and targets on the right side of entry.
/// </summary>
public abstract class StrategyBase : IStrategy
{
    private readonly Timeframe[] _timeframes;
    private readonly long[] _barTicks;
    private readonly long[] _counts;
    private readonly DateTime[] _lastOpen;
    private DateTime _lastClose;
    private Timeframe _lastTimeframe;

    private protected StrategyBase(string name, Symbol symbol, SymbolSettings? settings, params Timeframe[] timeframes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(timeframes);
        if (timeframes.Length == 0)
            throw new ArgumentException("a strategy needs at least one timeframe", nameof(timeframes));
        for (var i = 0; i < timeframes.Length; i++)
        {
            OptionChecks.Defined(timeframes[i], nameof(timeframes));
            if (i > 0 && timeframes[i] <= timeframes[i - 1])
                throw new ArgumentException("timeframes must be distinct and in ascending order", nameof(timeframes));
        }
        Name = name;
        Symbol = symbol;
        Settings = settings ?? SymbolSettings.For(symbol);
        Settings.Validate();
        _timeframes = timeframes;
        _barTicks = Array.ConvertAll(timeframes, t => t.Duration().Ticks);
        _counts = new long[timeframes.Length];
        _lastOpen = new DateTime[timeframes.Length];
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public Symbol Symbol { get; }

    /// <inheritdoc />
    public IReadOnlyList<Timeframe> Timeframes => _timeframes;

    /// <inheritdoc />
    public SymbolSettings Settings { get; }

    /// <summary>Signals decided but dropped for confidence below <see cref="SymbolSettings.MinConfidence"/>.</summary>
    public long SuppressedSignals { get; private set; }

    /// <inheritdoc />
    public Signal? OnCandle(Timeframe timeframe, in Candle candle)
    {
        var slot = SlotOf(timeframe);
        var bar = new SmcBar(candle, _counts[slot], candle.OpenTime.AddTicks(_barTicks[slot]));
        BarChecks.Validate(bar, _barTicks[slot], _lastOpen[slot], _counts[slot] > 0, nameof(candle));
        if (bar.CloseTime < _lastClose || (bar.CloseTime == _lastClose && timeframe < _lastTimeframe))
            ThrowOutOfOrder(timeframe, bar.CloseTime);
        _counts[slot]++;
        _lastOpen[slot] = candle.OpenTime;
        _lastClose = bar.CloseTime;
        _lastTimeframe = timeframe;
        return Decide(timeframe, bar);
    }

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_counts);
        Array.Clear(_lastOpen);
        _lastClose = default;
        _lastTimeframe = default;
        SuppressedSignals = 0;
        ResetState();
    }

    /// <summary>Decides on a checked, closed bar of <paramref name="timeframe"/>.</summary>
    private protected abstract Signal? Decide(Timeframe timeframe, in SmcBar bar);

    /// <summary>Forgets the strategy's own state.</summary>
    private protected abstract void ResetState();

    /// <summary>
    /// True (and counted in <see cref="SuppressedSignals"/>) when <paramref name="confidence"/> is below the symbol's
    /// minimum: the caller drops the decision before building targets and a reason, so weak decisions allocate nothing.
    /// </summary>
    private protected bool Suppressed(double confidence)
    {
        if (!(confidence >= 0 && confidence <= 1))
            throw new InvalidOperationException($"{Name}: confidence {confidence} is outside 0..1");
        if (confidence >= Settings.MinConfidence)
            return false;
        SuppressedSignals++;
        return true;
    }

    /// <summary>
    /// Builds the signal for a decision on <paramref name="bar"/> that passed <see cref="Suppressed"/>. A stop or a
    /// target on the wrong side of entry is a bug in the strategy and throws.
    /// </summary>
    private protected Signal Emit(in SmcBar bar, Side side, double confidence, decimal entry, decimal stop, decimal[] targets, string reason)
    {
        if (!(confidence >= Settings.MinConfidence && confidence <= 1))
            throw new InvalidOperationException($"{Name}: confidence {confidence} is below the minimum {Settings.MinConfidence} or above 1");
        var direction = side == Side.Buy ? 1 : -1;
        if (direction * (entry - stop) <= 0)
            throw new InvalidOperationException($"{Name}: {side} stop {stop} is not beyond entry {entry}");
        if (targets.Length == 0)
            throw new InvalidOperationException($"{Name}: a signal needs at least one target");
        var previous = entry;
        foreach (var target in targets)
        {
            if (direction * (target - previous) <= 0)
                throw new InvalidOperationException($"{Name}: {side} targets [{string.Join(", ", targets)}] must move away from entry {entry}, nearest first");
            previous = target;
        }
        return new Signal(Name, Symbol, bar.CloseTime, side, confidence, entry, stop, targets, reason);
    }

    /// <summary>
    /// A computed price as decimal with 8 significant digits at the magnitude of <paramref name="reference"/> (at least
    /// 2 decimals): quotes carry no tick size here, and their trimmed text says nothing reliable about it.
    /// </summary>
    private protected static decimal Price(double value, decimal reference)
    {
        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(reference)));
        return Math.Round((decimal)value, Math.Clamp(7 - magnitude, 2, 12), MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Target prices from candidate levels (NaN ones skipped), rounded like <see cref="Price"/>, nearest first, keeping
    /// only those beyond <paramref name="entry"/> on the profit side and dropping duplicates left by rounding.
    /// </summary>
    private protected static decimal[] Targets(Side side, decimal entry, double first, double second = double.NaN)
    {
        var direction = side == Side.Buy ? 1 : -1;
        decimal a = double.IsNaN(first) ? entry : Price(first, entry), b = double.IsNaN(second) ? entry : Price(second, entry);
        bool useA = direction * (a - entry) > 0, useB = direction * (b - entry) > 0 && b != a;
        if (useA && useB)
            return direction * (a - b) < 0 ? [a, b] : [b, a];
        return useA ? [a] : useB ? [b] : [];
    }

    private int SlotOf(Timeframe timeframe)
    {
        for (var i = 0; i < _timeframes.Length; i++)
        {
            if (_timeframes[i] == timeframe)
                return i;
        }
        throw new ArgumentException(
            $"{Name} takes {string.Join(", ", Array.ConvertAll(_timeframes, t => t.ToShortName()))} candles, not {(Enum.IsDefined(timeframe) ? timeframe.ToShortName() : timeframe.ToString())}",
            nameof(timeframe));
    }

    private void ThrowOutOfOrder(Timeframe timeframe, DateTime close) =>
        throw new ArgumentException(
            $"a {timeframe.ToShortName()} candle closing at {close:O} arrived after a {_lastTimeframe.ToShortName()} candle closing at {_lastClose:O}; "
            + "feed closed candles in order of their close, the lower timeframe first when closes coincide",
            "candle");
}
