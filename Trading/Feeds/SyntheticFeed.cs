using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Synthetic;

namespace SmartMarket.Trading.Feeds;

/// <summary>The synthetic market's trades for its symbols, merged in time order and paced at a speed factor.</summary>
public sealed class SyntheticFeed : IMarketFeed
{
    private readonly SyntheticMarket _market;
    private readonly FeedPacer _pacer;
    private readonly double _speed;

    /// <param name="options">The market (symbols, seed, start).</param>
    /// <param name="speed">Market seconds per real second; 0 for as fast as possible.</param>
    /// <param name="clock">The real clock used for pacing.</param>
    public SyntheticFeed(SyntheticMarketOptions options, double speed, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _market = new SyntheticMarket(options);
        _pacer = new FeedPacer(speed, clock);
        _speed = speed;
        Symbols = _market.Symbols;
    }

    public string Description => $"synthetic market from {_market.Start:u}, x{_speed:0.##}";

    public IReadOnlyList<Symbol> Symbols { get; }

    public async Task RunAsync(ITickSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var next = new Tick[Symbols.Count];
        for (var i = 0; i < next.Length; i++)
            next[i] = _market.NextTick(Symbols[i]);
        while (!cancellationToken.IsCancellationRequested)
        {
            var first = 0;
            for (var i = 1; i < next.Length; i++)
            {
                if (next[i].Time < next[first].Time)
                    first = i;
            }
            var tick = next[first];
            await _pacer.WaitUntilAsync(tick.Time, cancellationToken);
            await sink.OnTickAsync(Symbols[first], tick);
            next[first] = _market.NextTick(Symbols[first]);
        }
    }
}
