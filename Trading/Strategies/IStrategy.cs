using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Strategies;

/// <summary>
/// A trading strategy for one symbol. The caller feeds the closed candles of every timeframe in
/// <see cref="Timeframes"/> in time order of their close, the lower timeframe first when closes coincide; a
/// strategy decides only on a closed bar, and a signal's <see cref="Signal.Time"/> is that bar's close.
/// </summary>
public interface IStrategy
{
    /// <summary>The factory name, such as <c>smc-order-block</c>.</summary>
    string Name { get; }

    Symbol Symbol { get; }

    /// <summary>The timeframes this strategy needs, shortest first.</summary>
    IReadOnlyList<Timeframe> Timeframes { get; }

    /// <summary>Minimum confidence and position size for this symbol; weaker signals are not emitted.</summary>
    SymbolSettings Settings { get; }

    /// <summary>Takes the next closed candle of <paramref name="timeframe"/>; returns a signal decided on it, or null.</summary>
    /// <exception cref="ArgumentException">
    /// An undeclared timeframe, an invalid candle, or a candle out of order; the strategy's state is unchanged.
    /// </exception>
    Signal? OnCandle(Timeframe timeframe, in Candle candle);

    /// <summary>Forgets every candle, as if newly created.</summary>
    void Reset();
}
