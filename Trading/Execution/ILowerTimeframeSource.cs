using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Execution;

/// <summary>
/// Lower-timeframe candles the simulator asks for when a bar is ambiguous (it touches both a bracket's stop and
/// target), to learn which came first. It is asked only then, so it may be slow-ish.
/// </summary>
public interface ILowerTimeframeSource
{
    /// <summary>The candles inside <paramref name="bar"/>'s period for <paramref name="symbol"/>, oldest first; empty when unknown.</summary>
    ReadOnlySpan<Candle> GetCandles(Symbol symbol, in Candle bar);
}
