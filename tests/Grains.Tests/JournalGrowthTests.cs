using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Serialization;
using SmartMarket.Trading.MarketData;
using VirtualActors;
using VirtualActors.Runtime;
using VirtualActors.Testing;

namespace Grains.Tests;

public sealed class JournalGrowthTests
{
    private const int Orders = 400;

    [Fact]
    public async Task Commits_AfterSeveralSegments_WriteTheTailNotTheWholeJournal_AndRestartKeepsEveryRecord()
    {
        var storage = new RecordingStorage();
        GrainTypeRegistry.EnsureRegistered(typeof(AccountGrain).Assembly);
        await using var cluster = await TestCluster.StartAsync(options =>
        {
            GrainJson.Configure(options.StateSerializerOptions);
            options.Storage[RuntimeOptions.DefaultStorageName] = storage;
        });
        var account = cluster.Client.GetGrain<IAccountGrain>("growth");
        await account.OpenAsync(1_000_000m);
        await account.AttachStrategyAsync("manual", "BTCUSDT");
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 0, 100m);
        for (var i = 0; i < Orders; i++)
        {
            var side = i % 2 == 0 ? Side.Buy : Side.Sell;
            await account.PlaceOrderAsync(new PlaceOrder("g-" + i, "BTCUSDT", side, 1m, "growth"));
            await Market.TradeAsync(cluster.Client, "BTCUSDT", i + 1, 100m + i % 7);
        }
        var journal = await account.GetJournalAsync();
        var before = await account.GetSnapshotAsync();

        await cluster.RestartAsync();
        var restarted = cluster.Client.GetGrain<IAccountGrain>("growth");
        var after = await restarted.GetJournalAsync();

        Assert.True(journal.Count > 2 * AccountGrain.SegmentSize, $"only {journal.Count} records: the test needs several segments");
        Assert.Equal(Orders, journal.Count(r => r.Kind == AccountRecordKind.OrderFilled));
        Assert.Equal(journal, after);
        for (var i = 0; i < after.Count; i++)
            Assert.Equal(i + 1, after[i].Sequence);
        Assert.Equal(before.Cash, (await restarted.GetSnapshotAsync()).Cash);
        // Head writes stay as small as when the journal first filled one segment; whole-journal writes would keep growing.
        var writes = storage.Writes;
        var firstSeal = writes.ToList().FindIndex(w => w.State == "journal-0");
        Assert.True(firstSeal > 0, "no journal segment was written");
        var largestBeforeSeal = writes.Take(firstSeal).Where(w => w.State == "account").Max(w => w.Bytes);
        var largestAfter = writes.Skip(firstSeal).Where(w => w.State == "account").Max(w => w.Bytes);
        Assert.True(largestAfter <= largestBeforeSeal * 11 / 10, $"head writes grew from {largestBeforeSeal} to {largestAfter} bytes");
        Assert.Contains(writes, w => w.State == "journal-1");
    }
}
