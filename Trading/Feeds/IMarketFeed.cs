using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Feeds;

/// <summary>
/// A source of trades for several symbols, in time order across symbols: the synthetic generator, a CSV replay, and
/// later an exchange adapter. The host runs one and pushes what it produces to the symbol grains.
/// </summary>
public interface IMarketFeed
{
    /// <summary>A short description for logs and the console ("synthetic x60", "replay BTCUSDT-1h.csv x1000").</summary>
    string Description { get; }

    /// <summary>The symbols this feed produces.</summary>
    IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>Produces trades into <paramref name="sink"/> until the feed ends or <paramref name="cancellationToken"/> fires.</summary>
    Task RunAsync(ITickSink sink, CancellationToken cancellationToken);
}
