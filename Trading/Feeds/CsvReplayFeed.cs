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
        if (sink is ICandleSink candles)
        {
            await RunCandlesAsync(candles, cancellationToken);
            return;
        }
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

    // Bars merged by close time, ties to the file given first: the order the backtester steps through the same files.
    private async Task RunCandlesAsync(ICandleSink sink, CancellationToken cancellationToken)
    {
        var series = new Candle[_paths.Length][];
        var timeframes = new Timeframe[_paths.Length];
        var next = new int[_paths.Length];
        for (var i = 0; i < series.Length; i++)
        {
            series[i] = CandleCsvReader.ReadAll(_paths[i]);
            timeframes[i] = TimeframeOf(_paths[i], series[i]);
        }
        var last = DateTime.MinValue;
        while (!cancellationToken.IsCancellationRequested)
        {
            var first = -1;
            var firstClose = DateTime.MaxValue;
            for (var i = 0; i < series.Length; i++)
            {
                if (next[i] >= series[i].Length)
                    continue;
                var close = series[i][next[i]].OpenTime + timeframes[i].Duration();
                if (close < firstClose)
                {
                    firstClose = close;
                    first = i;
                }
            }
            if (first < 0)
                break;
            await _pacer.WaitUntilAsync(firstClose, cancellationToken);
            await sink.OnCandleAsync(Symbols[first], timeframes[first], series[first][next[first]++]);
            last = firstClose;
        }
        if (!cancellationToken.IsCancellationRequested && last != DateTime.MinValue)
            await sink.OnEndAsync(last);
    }

    /// <summary>The bar length of a file: the smallest gap between its first bars that is a known timeframe.</summary>
    private static Timeframe TimeframeOf(string path, Candle[] candles)
    {
        var best = long.MaxValue;
        for (var i = 1; i < Math.Min(candles.Length, 64); i++)
            best = Math.Min(best, (candles[i].OpenTime - candles[i - 1].OpenTime).Ticks);
        var seconds = best / TimeSpan.TicksPerSecond;
        if (best == long.MaxValue || seconds > int.MaxValue || !Enum.IsDefined((Timeframe)(int)seconds))
            throw new InvalidDataException($"replay file '{path}' has no bar spacing that is a known timeframe (need at least 2 bars of 1m..1d)");
        return (Timeframe)(int)seconds;
    }
}
