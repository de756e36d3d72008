namespace SmartMarket.Trading.MarketData;

/// <summary>
/// Builds candles of several timeframes from one stream of trades. Each timeframe is aggregated from the trades
/// themselves, so a higher bar closes on the same trade (or clock time) that proves its period over, even when its
/// last lower bar had no trades. Closed candles come out in time order, the lower timeframe first when closes coincide.
/// </summary>
public sealed class MultiTimeframeAggregator
{
    private readonly CandleAggregator[] _aggregators;

    /// <param name="timeframes">One or more distinct timeframes, in any order.</param>
    public MultiTimeframeAggregator(params ReadOnlySpan<Timeframe> timeframes)
    {
        if (timeframes.IsEmpty)
            throw new ArgumentException("at least one timeframe is needed.", nameof(timeframes));
        var sorted = timeframes.ToArray();
        Array.Sort(sorted, (a, b) => ((int)a).CompareTo((int)b));
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] == sorted[i - 1])
                throw new ArgumentException($"timeframe {CandleChecks.Name(sorted[i])} is listed twice.", nameof(timeframes));
        }
        _aggregators = new CandleAggregator[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
            _aggregators[i] = new CandleAggregator(sorted[i]);
        Timeframes = sorted;
    }

    /// <summary>The timeframes, shortest first; also the most candles one call can close.</summary>
    public IReadOnlyList<Timeframe> Timeframes { get; }

    /// <summary>
    /// Adds a trade and writes the candles it closes into <paramref name="closed"/>, in output order. Returns how many.
    /// </summary>
    /// <param name="closed">Room for at least one candle per timeframe.</param>
    /// <exception cref="ArgumentException">The trade is rejected (see <see cref="CandleAggregator"/>); nothing changes.</exception>
    public int Add(in Tick tick, Span<TimeframeCandle> closed)
    {
        CheckRoom(closed);
        // Check every timeframe before touching any, so a rejected trade leaves all of them as they were.
        foreach (var aggregator in _aggregators)
            aggregator.Check(tick);
        var count = 0;
        foreach (var aggregator in _aggregators)
        {
            if (aggregator.Add(tick, out var candle))
                closed[count++] = new TimeframeCandle(aggregator.Timeframe, candle);
        }
        return count;
    }

    /// <summary>Closes every bar whose end the clock <paramref name="now"/> has reached; returns how many closed.</summary>
    public int CloseAt(DateTime now, Span<TimeframeCandle> closed)
    {
        CheckRoom(closed);
        var count = 0;
        foreach (var aggregator in _aggregators)
        {
            if (aggregator.CloseAt(now, out var candle))
                closed[count++] = new TimeframeCandle(aggregator.Timeframe, candle);
        }
        return count;
    }

    /// <summary>The bar being built for <paramref name="timeframe"/>, if it has trades.</summary>
    public bool TryGetOpenBar(Timeframe timeframe, out Candle bar)
    {
        foreach (var aggregator in _aggregators)
        {
            if (aggregator.Timeframe == timeframe)
                return aggregator.TryGetOpenBar(out bar);
        }
        throw new ArgumentException($"timeframe {CandleChecks.Name(timeframe)} is not aggregated here.", nameof(timeframe));
    }

    private void CheckRoom(Span<TimeframeCandle> closed)
    {
        if (closed.Length < _aggregators.Length)
            throw new ArgumentException($"closed must have room for {_aggregators.Length} candles.", nameof(closed));
    }
}
