using SmartMarket.Grains.Market;
using SmartMarket.Trading.Feeds;
using SmartMarket.Trading.MarketData;
using VirtualActors;

namespace SmartMarket.Silo.Trading;

/// <summary>Delivers a feed's trades to the symbol grains, holding one grain reference per symbol.</summary>
public sealed class GrainTickSink(IGrainFactory grains) : ITickSink
{
    private readonly Dictionary<Symbol, ISymbolGrain> _symbols = [];

    /// <summary>Trades delivered so far.</summary>
    public long Delivered { get; private set; }

    public ValueTask OnTickAsync(Symbol symbol, Tick tick)
    {
        if (!_symbols.TryGetValue(symbol, out var grain))
        {
            grain = grains.GetGrain<ISymbolGrain>(symbol.Ticker);
            _symbols.Add(symbol, grain);
        }
        Delivered++;
        return grain.OnTickAsync(tick);
    }

    public async ValueTask OnEndAsync(DateTime time)
    {
        foreach (var grain in _symbols.Values)
            await grain.FlushAsync(time);
    }
}
