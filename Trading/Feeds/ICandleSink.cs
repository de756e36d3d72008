using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Feeds;

/// <summary>
/// A sink that takes a replay's bars whole. A <see cref="CsvReplayFeed"/> given such a sink delivers each file bar as
/// it closes instead of four synthetic trades, so orders fill against the bar exactly as the backtester fills them.
/// </summary>
public interface ICandleSink : ITickSink
{
    /// <summary>Takes one closed bar of <paramref name="timeframe"/> for <paramref name="symbol"/>; bars arrive in order of close time.</summary>
    ValueTask OnCandleAsync(Symbol symbol, Timeframe timeframe, Candle candle);
}
