using SmartMarket.Trading.MarketData;
using VirtualActors;

namespace SmartMarket.Grains.Market;

/// <summary>One market symbol, keyed by its ticker: turns trades into candles of every timeframe, indicators and SMC structure.</summary>
public interface ISymbolGrain : IGrainWithStringKey
{
    /// <summary>Takes one trade; closed candles go out on <c>market/{symbol}/{timeframe}</c> and the price on <c>prices/{symbol}</c>.</summary>
    ValueTask OnTickAsync(Tick tick);

    /// <summary>Closes the bars that ended at or before <paramref name="time"/> even without a later trade (end of a replay).</summary>
    Task FlushAsync(DateTime time);

    /// <summary>The last price, bar counts, indicators and SMC structure.</summary>
    Task<SymbolSnapshot> GetSnapshotAsync();
}
