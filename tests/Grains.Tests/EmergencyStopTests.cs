using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Strategies;
using SmartMarket.Trading.MarketData;

namespace Grains.Tests;

public sealed class EmergencyStopTests
{
    [Fact]
    public async Task EmergencyStop_CancelsOrdersFlattensPositionsAndHaltsStrategies()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = cluster.Client.GetGrain<IAccountGrain>("stop");
        await account.OpenAsync(10_000m);
        var strategy = cluster.Client.GetGrain<IStrategyGrain>("stop/mean-reversion/BTCUSDT");
        await strategy.StartAsync(new StrategyDefinition("mean-reversion", "BTCUSDT", "stop", "Timeframe=1m", null));
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 0, 100m);
        await account.PlaceOrderAsync(new PlaceOrder("s-1", "BTCUSDT", Side.Buy, 4m, "open"));
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 1, 100m);
        var pending = await account.PlaceOrderAsync(new PlaceOrder("s-2", "BTCUSDT", Side.Buy, 1m, "left working"));
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 2, 90m);

        // s-2 filled on the 90 trade; add one more working order that the stop must cancel.
        await account.PlaceOrderAsync(new PlaceOrder("s-3", "BTCUSDT", Side.Buy, 1m, "left working"));
        var result = await account.EmergencyStopAsync("test");

        Assert.True(pending.Accepted);
        Assert.Equal(new EmergencyStopResult(1, 1, 1), result);
        var snapshot = await account.GetSnapshotAsync();
        Assert.True(snapshot.Halted);
        Assert.Empty(snapshot.Positions);
        Assert.Equal(0, snapshot.OpenOrders);
        Assert.True((await strategy.GetStatusAsync()).Halted);
        var refused = await account.PlaceOrderAsync(new PlaceOrder("s-4", "BTCUSDT", Side.Buy, 1m, "after stop"));
        Assert.False(refused.Accepted);
        Assert.Contains("halted", refused.RejectReason, StringComparison.Ordinal);
        var journal = await account.GetJournalAsync();
        var flatten = Assert.Single(journal, r => r.Kind == AccountRecordKind.OrderFilled && r.Side == Side.Sell);
        Assert.Equal(5m, flatten.Quantity);
    }
}
