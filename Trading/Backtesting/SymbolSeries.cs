using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Backtesting;

/// <summary>One symbol's candles of one timeframe, oldest first, as a backtest reads them.</summary>
public sealed class SymbolSeries
{
    /// <exception cref="ArgumentException">No candles, or candles not strictly increasing and aligned to <paramref name="timeframe"/>.</exception>
    public SymbolSeries(Symbol symbol, Timeframe timeframe, Candle[] candles)
    {
        if (symbol.Ticker is null)
            throw new ArgumentException("symbol is required", nameof(symbol));
        if (!Enum.IsDefined(timeframe))
            throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "timeframe is not defined");
        ArgumentNullException.ThrowIfNull(candles);
        var ticks = timeframe.Duration().Ticks;
        for (var i = 0; i < candles.Length; i++)
        {
            var open = candles[i].OpenTime;
            if (open.Ticks % ticks != 0)
                throw new ArgumentException($"{symbol} candle {i} at {open:O} is not aligned to {timeframe.ToShortName()}", nameof(candles));
            if (i > 0 && open <= candles[i - 1].OpenTime)
                throw new ArgumentException($"{symbol} candle {i} at {open:O} is not after the previous one", nameof(candles));
        }
        Symbol = symbol;
        Timeframe = timeframe;
        Candles = candles;
    }

    public Symbol Symbol { get; }

    /// <summary>The bar size of <see cref="Candles"/>.</summary>
    public Timeframe Timeframe { get; }

    public Candle[] Candles { get; }

    /// <summary>The same symbol with only the candles opening in [from, to).</summary>
    public SymbolSeries Slice(DateTime? from, DateTime? to)
    {
        var start = 0;
        while (start < Candles.Length && from is { } f && Candles[start].OpenTime < f)
            start++;
        var end = start;
        while (end < Candles.Length && (to is not { } t || Candles[end].OpenTime < t))
            end++;
        return start == 0 && end == Candles.Length ? this : new SymbolSeries(Symbol, Timeframe, Candles[start..end]);
    }
}
