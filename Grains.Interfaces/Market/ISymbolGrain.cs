using SmartMarket.Trading.MarketData;
using VirtualActors;

namespace SmartMarket.Grains.Market;

/// <summary>One market symbol, keyed by its ticker: turns trades into candles of every timeframe, indicators and SMC structure.</summary>
public interface ISymbolGrain : IGrainWithStringKey
{
    /// <summary>Takes one trade; closed candles go out on <c>market/{symbol}/{timeframe}</c> and the price on <c>prices/{symbol}</c>.</summary>
    ValueTask OnTickAsync(Tick tick);

    /// <summary>
    /// Takes one closed bar of a replay (bar mode): it goes out first on <c>bars/{symbol}</c>, where the account's
    /// paper venue fills against it, then with the higher bars it completes on <c>market/{symbol}/{timeframe}</c>.
    /// No price goes out, so orders fill only against bars, as in the backtester.
    /// </summary>
    ValueTask OnCandleAsync(Timeframe timeframe, Candle candle);

    /// <summary>Closes the bars that ended at or before <paramref name="time"/> even without a later trade (end of a replay).</summary>
    Task FlushAsync(DateTime time);

    /// <summary>
    /// The latest price. It runs even while the grain waits on a tick's delivery, so a subscriber of this symbol (an
    /// account pricing its first order) can ask from inside its own turn without the two grains waiting on each other.
    /// </summary>
    [AlwaysInterleave]
    Task<LastTrade> GetLastTradeAsync();

    /// <summary>The last price, bar counts, indicators and SMC structure.</summary>
    Task<SymbolSnapshot> GetSnapshotAsync();

    /// <summary>
    /// Recent closed candles of <paramref name="timeframe"/> opening in [<paramref name="from"/>, <paramref name="to"/>),
    /// oldest first, the last <paramref name="last"/> of them when given. Only a bounded in-memory window is kept.
    /// </summary>
    Task<Candle[]> GetCandlesAsync(Timeframe timeframe, DateTime? from, DateTime? to, int? last);
}
