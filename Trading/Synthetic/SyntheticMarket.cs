using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Synthetic;

/// <summary>
/// A deterministic synthetic crypto market: correlated GARCH(1,1) returns per minute, a shared Markov chain of
/// regimes (range, trend up, trend down), prices on each symbol's tick grid and volumes with intraday seasonality
/// and a volatility link. Gives 1m candles for backtests and per-symbol trade streams for a live feed; both come
/// from the same minute path, and the same seed always gives the same market.
/// Candle generation is safe to call concurrently; <see cref="NextTick"/> is not.
/// </summary>
public sealed class SyntheticMarket
{
    private readonly SyntheticModel _model;
    private readonly Dictionary<Symbol, SymbolModel> _bySymbol = [];
    private readonly Dictionary<Symbol, SymbolTickStream> _tickStreams = [];

    /// <exception cref="ArgumentException">The options are invalid (see <see cref="SyntheticMarketOptions.Validate"/>).</exception>
    public SyntheticMarket(SyntheticMarketOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _model = new SyntheticModel(options);
        foreach (var symbol in _model.Symbols)
            _bySymbol.Add(symbol.Symbol, symbol);
        Symbols = Array.ConvertAll(_model.Symbols, s => s.Symbol);
        Start = new DateTime(_model.StartTicks, DateTimeKind.Utc);
    }

    /// <summary>The symbols, in the order of the options.</summary>
    public IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>Open time of the first minute.</summary>
    public DateTime Start { get; }

    /// <summary>The price grid of a symbol.</summary>
    public decimal TickSize(Symbol symbol) => Model(symbol).TickSize;

    /// <summary>The quantity grid of a symbol.</summary>
    public decimal QuantityStep(Symbol symbol) => Model(symbol).QuantityStep;

    /// <summary>
    /// The 1m candles of <paramref name="symbol"/> opening in [<paramref name="from"/>, <paramref name="to"/>).
    /// The path is simulated from <see cref="Start"/>, so any range of the same market agrees with any other.
    /// </summary>
    public Candle[] GenerateCandles(Symbol symbol, DateTime from, DateTime to)
    {
        var (first, end) = MinuteRange(from, to);
        var builder = new MinuteCandleBuilder(_model, Model(symbol));
        builder.SkipTo(first);
        var candles = new Candle[end - first];
        for (var i = 0; i < candles.Length; i++)
            candles[i] = builder.Next();
        return candles;
    }

    /// <summary>Like <see cref="GenerateCandles"/>, produced lazily for long ranges.</summary>
    public IEnumerable<Candle> StreamCandles(Symbol symbol, DateTime from, DateTime to)
    {
        var (first, end) = MinuteRange(from, to);
        return Stream(new MinuteCandleBuilder(_model, Model(symbol)), first, end);
    }

    /// <summary>The next trade of <paramref name="symbol"/>; each symbol's trades start at <see cref="Start"/>.</summary>
    public Tick NextTick(Symbol symbol)
    {
        if (!_tickStreams.TryGetValue(symbol, out var stream))
        {
            stream = new SymbolTickStream(_model, Model(symbol));
            _tickStreams.Add(symbol, stream);
        }
        return stream.Next();
    }

    /// <summary>
    /// The regime of the minute containing <paramref name="time"/> (not before <see cref="Start"/>). Replays the chain
    /// from the start, so the cost grows with the distance: about 0.1 s per simulated year.
    /// </summary>
    public MarketRegime RegimeAt(DateTime time)
    {
        MinuteRange(time, time);
        var minute = (time.Ticks - _model.StartTicks) / TimeSpan.TicksPerMinute;
        var path = new SymbolPath(_model, _model.Symbols[0]);
        var regime = MarketRegime.Range;
        while (path.NextMinute <= minute)
            regime = path.Step().Regime;
        return regime;
    }

    private static IEnumerable<Candle> Stream(MinuteCandleBuilder builder, long first, long end)
    {
        builder.SkipTo(first);
        while (builder.NextMinute < end)
            yield return builder.Next();
    }

    private SymbolModel Model(Symbol symbol) =>
        _bySymbol.TryGetValue(symbol, out var model)
            ? model
            : throw new ArgumentException($"symbol {symbol} is not part of this synthetic market.", nameof(symbol));

    /// <summary>First minute index at or after <paramref name="from"/>, and the index after the last one before <paramref name="to"/>.</summary>
    private (long First, long End) MinuteRange(DateTime from, DateTime to)
    {
        if (from.Kind == DateTimeKind.Local || to.Kind == DateTimeKind.Local)
            throw new ArgumentException("times must be UTC, not local.", nameof(from));
        if (from.Ticks < _model.StartTicks)
            throw new ArgumentOutOfRangeException(nameof(from), from, $"from must not be before the market's start {Start:O}.");
        if (to < from)
            throw new ArgumentOutOfRangeException(nameof(to), to, "to must not be before from.");
        var first = (from.Ticks - _model.StartTicks + TimeSpan.TicksPerMinute - 1) / TimeSpan.TicksPerMinute;
        var end = Math.Max(first, (to.Ticks - _model.StartTicks + TimeSpan.TicksPerMinute - 1) / TimeSpan.TicksPerMinute);
        return (first, end);
    }
}
