using SmartMarket.Trading.Feeds;
using SmartMarket.Trading.MarketData;

namespace Grains.Tests.Feeds;

public sealed class CsvReplayFeedTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "ABCUSDT-1h-" + Guid.NewGuid().ToString("N") + ".csv");

    [Fact]
    public async Task Replay_AggregatedAtTheFileTimeframe_GivesTheFileBarsBack()
    {
        File.WriteAllLines(_path,
        [
            "timestamp,open,high,low,close,volume",
            "2024-01-01T00:00:00Z,100,110,95,105,8",
            "2024-01-01T01:00:00Z,105,106,90,92,4",
            "2024-01-01T02:00:00Z,92,93,91,93,12",
        ]);
        var sink = new CollectingSink();

        await new CsvReplayFeed([_path], 0, TimeProvider.System).RunAsync(sink, CancellationToken.None);

        var aggregator = new MultiTimeframeAggregator(Timeframe.H1);
        var closed = new TimeframeCandle[1];
        var bars = new List<Candle>();
        foreach (var (symbol, tick) in sink.Ticks)
        {
            Assert.Equal("ABCUSDT", symbol.Ticker);
            if (aggregator.Add(tick, closed) == 1)
                bars.Add(closed[0].Candle);
        }
        if (aggregator.CloseAt(sink.End, closed) == 1)
            bars.Add(closed[0].Candle);
        var t = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(
            [
                new Candle(t, 100m, 110m, 95m, 105m, 8m),
                new Candle(t.AddHours(1), 105m, 106m, 90m, 92m, 4m),
                new Candle(t.AddHours(2), 92m, 93m, 91m, 93m, 12m),
            ],
            bars);
    }

    public void Dispose() => File.Delete(_path);

    private sealed class CollectingSink : ITickSink
    {
        public List<(Symbol Symbol, Tick Tick)> Ticks { get; } = [];

        public DateTime End { get; private set; }

        public ValueTask OnTickAsync(Symbol symbol, Tick tick)
        {
            Ticks.Add((symbol, tick));
            return ValueTask.CompletedTask;
        }

        public ValueTask OnEndAsync(DateTime time)
        {
            End = time;
            return ValueTask.CompletedTask;
        }
    }
}
