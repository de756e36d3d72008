using SmartMarket.Grains.Accounts;
using SmartMarket.Trading.MarketData;

namespace Grains.Tests;

public sealed class AccountGrainTests
{
    [Fact]
    public async Task PlaceOrder_WithRepeatedClientOrderId_ReturnsFirstResultAndExecutesOnce()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = cluster.Client.GetGrain<IAccountGrain>("idem");
        await account.OpenAsync(10_000m);
        await account.AttachStrategyAsync("manual", "BTCUSDT");
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 0, 100m);

        var first = await account.PlaceOrderAsync(new PlaceOrder("c-1", "BTCUSDT", Side.Buy, 2m, "test"));
        var again = await account.PlaceOrderAsync(new PlaceOrder("c-1", "BTCUSDT", Side.Buy, 5m, "repeat"));
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 1, 101m);
        var afterFill = await account.PlaceOrderAsync(new PlaceOrder("c-1", "BTCUSDT", Side.Buy, 2m, "late repeat"));
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 2, 102m);

        Assert.True(first.Accepted);
        Assert.Equal(2m, first.Quantity);
        Assert.Equal(first, again);
        Assert.Equal(first, afterFill);
        var journal = await account.GetJournalAsync();
        Assert.Single(journal, r => r.Kind == AccountRecordKind.OrderAccepted && r.ClientOrderId == "c-1");
        var fill = Assert.Single(journal, r => r.Kind == AccountRecordKind.OrderFilled);
        Assert.Equal(2m, fill.Quantity);
        var snapshot = await account.GetSnapshotAsync();
        var position = Assert.Single(snapshot.Positions);
        Assert.Equal(2m, position.Quantity);
        Assert.Equal(10_000m - 2m * fill.Price - fill.Amount, snapshot.Cash);
    }

    [Fact]
    public async Task PlaceOrder_IsJournaledBeforeItAnswers_AndSurvivesRestart()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = cluster.Client.GetGrain<IAccountGrain>("durable");
        await account.OpenAsync(10_000m);
        await account.AttachStrategyAsync("manual", "ETHUSDT");
        await Market.TradeAsync(cluster.Client, "ETHUSDT", 0, 50m);
        var placed = await account.PlaceOrderAsync(new PlaceOrder("d-1", "ETHUSDT", Side.Buy, 3m, "test"));
        await Market.TradeAsync(cluster.Client, "ETHUSDT", 1, 51m);
        var before = await account.GetSnapshotAsync();
        var journalBefore = (await account.GetJournalAsync()).Count;

        await cluster.RestartAsync();
        var restarted = cluster.Client.GetGrain<IAccountGrain>("durable");
        var after = await restarted.GetSnapshotAsync();
        var repeat = await restarted.PlaceOrderAsync(new PlaceOrder("d-1", "ETHUSDT", Side.Buy, 3m, "after restart"));

        Assert.Equal(placed, repeat);
        Assert.Equal(before.Cash, after.Cash);
        Assert.Equal(1, after.Fills);
        Assert.Equal(3m, Assert.Single(after.Positions).Quantity);
        Assert.Equal(journalBefore, (await restarted.GetJournalAsync()).Count);
    }

    [Fact]
    public async Task PlaceOrder_WithoutClientOrderId_ThrowsNamingTheField()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = cluster.Client.GetGrain<IAccountGrain>("bad-input");
        await account.OpenAsync(1_000m);

        var e = await Assert.ThrowsAsync<ArgumentException>(() => account.PlaceOrderAsync(new PlaceOrder(" ", "BTCUSDT", Side.Buy, 1m, "x")));

        Assert.Contains("ClientOrderId", e.Message, StringComparison.Ordinal);
        Assert.Single(await account.GetJournalAsync());
    }
}
