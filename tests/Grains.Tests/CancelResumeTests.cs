using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Strategies;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace Grains.Tests;

public sealed class CancelResumeTests
{
    [Fact]
    public async Task CancelOrder_CancelsAWorkingOrderOnce_AndAnswersClearlyForFinishedOrUnknownOnes()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = await OrderTypeTests.OpenAsync(cluster, "cancel");
        var resting = await account.PlaceOrderAsync(new PlaceOrder("c-1", "BTCUSDT", Side.Buy, 1m, "x", OrderType.Limit, LimitPrice: 90m));
        await account.PlaceOrderAsync(new PlaceOrder("c-2", "BTCUSDT", Side.Buy, 1m, "x"));
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 1, 100m);

        var cancelled = await account.CancelOrderAsync("c-1");
        var journal = (await account.GetJournalAsync()).Count;
        var again = await account.CancelOrderAsync("c-1");
        var filled = await account.CancelOrderAsync("c-2");
        var unknown = await account.CancelOrderAsync("nope");
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 2, 80m);

        Assert.Equal(new CancelOrderResult("c-1", CancelOutcome.Cancelled, resting.OrderId, "order 'c-1' cancelled"), cancelled);
        Assert.Equal(CancelOutcome.AlreadyCancelled, again.Outcome);
        Assert.Equal(CancelOutcome.AlreadyFilled, filled.Outcome);
        Assert.Equal(CancelOutcome.Unknown, unknown.Outcome);
        var records = await account.GetJournalAsync();
        Assert.Equal(journal, records.Count);
        Assert.Single(records, r => r.Kind == AccountRecordKind.OrderCancelled && r.ClientOrderId == "c-1");
        // The cancelled limit at 90 would have filled on the trade at 80.
        Assert.DoesNotContain(records, r => r.Kind == AccountRecordKind.OrderFilled && r.ClientOrderId == "c-1");
    }

    [Fact]
    public async Task CancelledOrder_StaysCancelledAfterTheAccountIsRebuiltFromItsJournal()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = await OrderTypeTests.OpenAsync(cluster, "cancel-restart");
        await account.PlaceOrderAsync(new PlaceOrder("r-1", "BTCUSDT", Side.Buy, 1m, "x", OrderType.Limit, LimitPrice: 90m));
        await account.CancelOrderAsync("r-1");

        await cluster.RestartAsync();
        var restarted = cluster.Client.GetGrain<IAccountGrain>("cancel-restart");
        var again = await restarted.CancelOrderAsync("r-1");

        Assert.Equal(CancelOutcome.AlreadyCancelled, again.Outcome);
        Assert.Equal(0, (await restarted.GetSnapshotAsync()).OpenOrders);
    }

    [Fact]
    public async Task Resume_LiftsTheHalt_AndTheJournalRestoresHaltedThenResumedAcrossRestarts()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = await OrderTypeTests.OpenAsync(cluster, "resume");
        await account.EmergencyStopAsync("test");

        await cluster.RestartAsync();
        var halted = await cluster.Client.GetGrain<IAccountGrain>("resume").GetSnapshotAsync();
        var resumed = await cluster.Client.GetGrain<IAccountGrain>("resume").ResumeAsync();
        var twice = await cluster.Client.GetGrain<IAccountGrain>("resume").ResumeAsync();
        await cluster.RestartAsync();
        var account2 = cluster.Client.GetGrain<IAccountGrain>("resume");
        var after = await account2.GetSnapshotAsync();
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 5, 100m); // the restarted symbol grain keeps no price
        var order = await account2.PlaceOrderAsync(new PlaceOrder("after-resume", "BTCUSDT", Side.Buy, 1m, "x"));

        Assert.True(halted.Halted);
        Assert.True(resumed.Resumed);
        Assert.False(twice.Resumed);
        Assert.False(after.Halted);
        Assert.True(order.Accepted, order.RejectReason);
        var journal = await account2.GetJournalAsync();
        Assert.Single(journal, r => r.Kind == AccountRecordKind.Resumed);
    }

    [Fact]
    public async Task ResumeThroughTheGrainFactory_RestartsTheStrategiesTheStopHalted()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = cluster.Client.GetGrain<IAccountGrain>("resume-strategies");
        await account.OpenAsync(10_000m);
        var strategy = cluster.Client.GetGrain<IStrategyGrain>("resume-strategies/mean-reversion/BTCUSDT");
        await strategy.StartAsync(new StrategyDefinition("mean-reversion", "BTCUSDT", "resume-strategies", "Timeframe=1m", null));
        await account.EmergencyStopAsync("test");
        var stopped = await strategy.GetStatusAsync();

        var result = await cluster.Client.ResumeAsync("resume-strategies");

        Assert.True(stopped.Halted);
        Assert.True(result.Resumed);
        Assert.Equal(["resume-strategies/mean-reversion/BTCUSDT"], result.Strategies);
        Assert.Equal(1, result.RestartedStrategies);
        Assert.False((await strategy.GetStatusAsync()).Halted);
        Assert.False((await account.GetSnapshotAsync()).Halted);
    }
}
