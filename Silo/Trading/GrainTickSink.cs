using SmartMarket.Grains.Market;
using SmartMarket.Trading.Feeds;
using SmartMarket.Trading.MarketData;
using VirtualActors;

namespace SmartMarket.Silo.Trading;

/// <summary>Delivers a feed's trades to the symbol grains, holding one grain reference per symbol.</summary>
public sealed class GrainTickSink(IGrainFactory grains) : ICandleSink
{
    private readonly Dictionary<Symbol, ISymbolGrain> _symbols = [];

    /// <summary>Trades delivered so far.</summary>
    public long Delivered { get; private set; }

    public ValueTask OnTickAsync(Symbol symbol, Tick tick)
    {
        Delivered++;
        return Grain(symbol).OnTickAsync(tick);
    }

    /// <summary>Replays deliver whole bars: the symbol grain runs them in bar mode, as the backtester does.</summary>
    public ValueTask OnCandleAsync(Symbol symbol, Timeframe timeframe, Candle candle)
    {
        Delivered++;
        return Grain(symbol).OnCandleAsync(timeframe, candle);
    }

    private ISymbolGrain Grain(Symbol symbol)
    {
        if (!_symbols.TryGetValue(symbol, out var grain))
        {
            grain = grains.GetGrain<ISymbolGrain>(symbol.Ticker);
            _symbols.Add(symbol, grain);
        }
        return grain;
    }

    public async ValueTask OnEndAsync(DateTime time)
    {
        foreach (var grain in _symbols.Values)
            await grain.FlushAsync(time);
    }
}
