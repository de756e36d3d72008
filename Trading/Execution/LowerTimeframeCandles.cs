using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Execution;

/// <summary>
/// An in-memory <see cref="ILowerTimeframeSource"/>: per symbol, a sorted array of lower-timeframe candles,
/// sliced by binary search to the period of a bar of <see cref="BarTimeframe"/>.
/// </summary>
public sealed class LowerTimeframeCandles(Timeframe barTimeframe) : ILowerTimeframeSource
{
    private readonly Dictionary<Symbol, Candle[]> _candles = [];

    /// <summary>The timeframe of the bars whose periods are looked up.</summary>
    public Timeframe BarTimeframe { get; } = barTimeframe;

    /// <summary>Registers a symbol's lower-timeframe candles; they must be in strictly increasing time order.</summary>
    public void Add(Symbol symbol, Candle[] candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        for (var i = 1; i < candles.Length; i++)
        {
            if (candles[i].OpenTime <= candles[i - 1].OpenTime)
                throw new ArgumentException($"candles must be in increasing time order; index {i} ({candles[i].OpenTime:O}) is not after the one before", nameof(candles));
        }
        _candles[symbol] = candles;
    }

    public ReadOnlySpan<Candle> GetCandles(Symbol symbol, in Candle bar)
    {
        if (!_candles.TryGetValue(symbol, out var all))
            return [];
        var start = FirstAtOrAfter(all, bar.OpenTime);
        var end = FirstAtOrAfter(all, bar.OpenTime + BarTimeframe.Duration());
        return all.AsSpan(start, end - start);
    }

    private static int FirstAtOrAfter(Candle[] all, DateTime time)
    {
        int lo = 0, hi = all.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (all[mid].OpenTime < time)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
