using SmartMarket.Grains.Accounts;
using SmartMarket.Trading.MarketData;

namespace Grains.Tests;

/// <summary>The account's risk gates outlive a restart: a breached day stays breached, whatever equity did meanwhile.</summary>
public sealed class RiskRestartTests
{
    [Fact]
    public async Task DailyLossBreach_StillRefusesNewRiskAfterARestart_EvenOnceEquityRecovered()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = await OrderTypeTests.OpenAsync(cluster, "risk-restart");
        // 6 BTC at 100 on 10,000 (the 6 % portfolio risk limit without a stop); at 40 the day is 3.6 % down (limit 3 %).
        var entry = await account.PlaceOrderAsync(new PlaceOrder("rr-1", "BTCUSDT", Side.Buy, 6m, "entry"));
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 1, 100m);
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 2, 40m);
        var refused = await account.PlaceOrderAsync(new PlaceOrder("rr-2", "BTCUSDT", Side.Buy, 1m, "add"));
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 3, 100m);

        await cluster.RestartAsync();
        var restarted = cluster.Client.GetGrain<IAccountGrain>("risk-restart");
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 4, 100m);
        // Risk can always be taken off; with one unit left, another unit fits every cap.
        var takeOff = await restarted.PlaceOrderAsync(new PlaceOrder("rr-3", "BTCUSDT", Side.Sell, 5m, "reduce"));
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 5, 100m);
        var snapshot = await restarted.GetSnapshotAsync();
        var afterRestart = await restarted.PlaceOrderAsync(new PlaceOrder("rr-4", "BTCUSDT", Side.Buy, 1m, "again"));

        Assert.True(entry.Accepted, entry.RejectReason);
        Assert.False(refused.Accepted);
        Assert.StartsWith("daily loss 3.6% reached limit 3.0%", refused.RejectReason);
        Assert.True(takeOff.Accepted, takeOff.RejectReason);
        Assert.Equal(1m, Assert.Single(snapshot.Positions).Quantity);
        // Equity is back near where the day started (fees aside): a risk manager that forgot the breach would approve.
        Assert.InRange(snapshot.Equity, 9_990m, 10_000m);
        Assert.False(afterRestart.Accepted);
        Assert.StartsWith("daily loss 3.6% reached limit 3.0%", afterRestart.RejectReason);
    }
}
