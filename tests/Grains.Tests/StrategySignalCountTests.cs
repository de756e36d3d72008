using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Strategies;
using SmartMarket.Silo.Trading;
using SmartMarket.Trading.Feeds;
using SmartMarket.Trading.MarketData;

namespace Grains.Tests;

/// <summary>The strategy grain's signal count is written on deactivation rather than on every signal.</summary>
public sealed class StrategySignalCountTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("signal-count-").FullName;

    [Fact]
    public async Task SignalCount_AfterAGracefulRestart_IsStillTheNumberOfSignalsTheAccountReceived()
    {
        var candles = CandleCsvReader.ReadAll(SharedData.Path("BTCUSDT-1h.csv"))[2_000..3_500];
        var path = Path.Combine(_folder, "BTCUSDT-1h.csv");
        CandleCsvWriter.WriteAll(path, candles);
        const string id = "count/mean-reversion/BTCUSDT";

        await using var cluster = await GrainCluster.StartAsync(Path.Combine(_folder, "store"));
        await cluster.Client.GetGrain<IAccountGrain>("count").OpenAsync(10_000m);
        await cluster.Client.GetGrain<IStrategyGrain>(id)
            .StartAsync(new StrategyDefinition("mean-reversion", "BTCUSDT", "count", "Timeframe=1h", null));
        await new CsvReplayFeed([path], 0, TimeProvider.System).RunAsync(new GrainTickSink(cluster.Client), CancellationToken.None);
        var before = await cluster.Client.GetGrain<IStrategyGrain>(id).GetStatusAsync();

        await cluster.RestartAsync();
        var after = await cluster.Client.GetGrain<IStrategyGrain>(id).GetStatusAsync();

        // Every signal becomes exactly one OrderRequested record (orders or risk rejections) unless the executor
        // skipped it because the symbol was already held; so the journal bounds the count from above.
        var journal = await cluster.Client.GetGrain<IAccountGrain>("count").GetJournalAsync();
        var requested = journal.Count(r => r.Kind == AccountRecordKind.OrderRequested && r.ClientOrderId!.StartsWith(id + ":", StringComparison.Ordinal));
        Assert.True(before.SignalsEmitted > 0, "the replay should make the strategy signal");
        Assert.True(requested > 0 && requested <= before.SignalsEmitted, $"{requested} orders requested for {before.SignalsEmitted} signals");
        Assert.Equal(before.SignalsEmitted, after.SignalsEmitted);
        Assert.Equal(0, after.CandlesSeen);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
