using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Feeds;

/// <summary>
/// Replays candle files as trades, in time order across files, at a speed factor. Each bar becomes four trades
/// (open, the extreme nearer the open, the other extreme, close) inside the bar, so aggregating them at the file's
/// timeframe gives the file's bars back (volume split evenly).
/// </summary>
public sealed class CsvReplayFeed : IMarketFeed
{
    private readonly string[] _paths;
    private readonly FeedPacer _pacer;
    private readonly double _speed;

    /// <param name="paths">Candle CSV files; the symbol is the file name up to the first '-' (BTCUSDT-1h.csv is BTCUSDT).</param>
    /// <param name="speed">Market seconds per real second; 0 for as fast as possible.</param>
    /// <param name="clock">The real clock used for pacing.</param>
    public CsvReplayFeed(IReadOnlyList<string> paths, double speed, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
            throw new ArgumentException("at least one CSV file is required", nameof(paths));
        foreach (var path in paths)
        {
            if (!File.Exists(path))
                throw new FileNotFoundException($"replay file '{path}' does not exist", path);
        }
        _paths = [.. paths];
        _pacer = new FeedPacer(speed, clock);
        _speed = speed;
        var symbols = new Symbol[_paths.Length];
        for (var i = 0; i < symbols.Length; i++)
            symbols[i] = SymbolOf(_paths[i]);
        Symbols = symbols;
    }

    public string Description => $"replay of {string.Join(", ", _paths.Select(Path.GetFileName))}, x{_speed:0.##}";

    public IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>The symbol a candle file holds, from its name: the part before the first '-' or '.'.</summary>
    public static Symbol SymbolOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var end = name.IndexOfAny(['-', '_', '.']);
        return new Symbol(end > 0 ? name[..end] : name);
    }

    public async Task RunAsync(ITickSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var streams = new CandleTicks[_paths.Length];
        try
        {
            for (var i = 0; i < streams.Length; i++)
                streams[i] = new CandleTicks(_paths[i]);
            var last = DateTime.MinValue;
            while (!cancellationToken.IsCancellationRequested)
            {
                var first = -1;
                for (var i = 0; i < streams.Length; i++)
                {
                    if (streams[i].HasCurrent && (first < 0 || streams[i].Current.Time < streams[first].Current.Time))
                        first = i;
                }
                if (first < 0)
                    break;
                var tick = streams[first].Current;
                await _pacer.WaitUntilAsync(tick.Time, cancellationToken);
                await sink.OnTickAsync(Symbols[first], tick);
                last = tick.Time;
                streams[first].MoveNext();
            }
            if (!cancellationToken.IsCancellationRequested && last != DateTime.MinValue)
                await sink.OnEndAsync(last.AddDays(1));
        }
        finally
        {
            foreach (var s in streams)
                s?.Dispose();
        }
    }
}
