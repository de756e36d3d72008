using SmartMarket.Trading.Feeds;
using SmartMarket.Trading.MarketData;
using VirtualActors;

namespace SmartMarket.Silo.Trading;

/// <summary>What the running feed is and how far it got, for the console and the API.</summary>
public sealed class FeedStatus(IGrainFactory grains)
{
    private volatile IMarketFeed? _feed;
    private volatile bool _ended;

    /// <summary>The sink the feed delivers into (counts trades).</summary>
    public GrainTickSink Sink { get; } = new(grains);

    public string Description => _feed?.Description ?? "starting";

    public IReadOnlyList<Symbol> Symbols => _feed?.Symbols ?? [];

    /// <summary>True once a replay ran out of data.</summary>
    public bool Ended => _ended;

    public long TicksDelivered => Sink.Delivered;

    internal void Started(IMarketFeed feed) => _feed = feed;

    internal void MarkEnded() => _ended = true;
}
