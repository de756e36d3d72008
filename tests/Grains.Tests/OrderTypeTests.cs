using SmartMarket.Grains.Accounts;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace Grains.Tests;

public sealed class OrderTypeTests
{
    [Fact]
    public async Task FirstOrder_OnASymbolThatAlreadyTraded_IsPricedFromTheSymbol_NotRefused()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = cluster.Client.GetGrain<IAccountGrain>("seeded");
        await account.OpenAsync(10_000m);
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 0, 100m);

        var result = await account.PlaceOrderAsync(new PlaceOrder("f-1", "BTCUSDT", Side.Buy, 1m, "first"));
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 1, 101m);

        Assert.True(result.Accepted, result.RejectReason);
        Assert.Equal(1m, Assert.Single((await account.GetSnapshotAsync()).Positions).Quantity);
    }

    [Fact]
    public async Task LimitOrder_RestsUntilThePriceReachesItsLimit_ThenFillsAtItOrBetter()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = await OpenAsync(cluster, "limit");

        var placed = await account.PlaceOrderAsync(new PlaceOrder("l-1", "BTCUSDT", Side.Buy, 2m, "dip", OrderType.Limit, LimitPrice: 95m));
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 1, 96m);
        var resting = await account.GetSnapshotAsync();
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 2, 94m);

        Assert.True(placed.Accepted, placed.RejectReason);
        Assert.Equal(1, resting.OpenOrders);
        Assert.Empty(resting.Positions);
        var journal = await account.GetJournalAsync();
        var request = Assert.Single(journal, r => r.Kind == AccountRecordKind.OrderRequested);
        Assert.Equal(new OrderTerms(OrderType.Limit, 95m, null, null, TimeInForce.Gtc), request.Terms);
        var fill = Assert.Single(journal, r => r.Kind == AccountRecordKind.OrderFilled);
        Assert.Equal(2m, fill.Quantity);
        Assert.True(fill.Price <= 95m, $"filled at {fill.Price}");
        Assert.Equal(0, (await account.GetSnapshotAsync()).OpenOrders);
    }

    [Fact]
    public async Task StopOrder_TriggersOnlyWhenThePriceReachesItsStop()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = await OpenAsync(cluster, "stop-order");

        var placed = await account.PlaceOrderAsync(new PlaceOrder("st-1", "BTCUSDT", Side.Buy, 1m, "breakout", OrderType.Stop, StopPrice: 105m));
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 1, 104m);
        var before = await account.GetSnapshotAsync();
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 2, 106m);

        Assert.True(placed.Accepted, placed.RejectReason);
        Assert.Equal(0, before.Fills);
        var fill = Assert.Single(await account.GetJournalAsync(), r => r.Kind == AccountRecordKind.OrderFilled);
        Assert.True(fill.Price >= 105m, $"a buy stop at 105 filled at {fill.Price}");
    }

    [Fact]
    public async Task StopOrder_OnTheWrongSideOfTheMarket_IsRejectedByTheVenue_AndJournaled()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = await OpenAsync(cluster, "wrong-side");

        var result = await account.PlaceOrderAsync(new PlaceOrder("ws-1", "BTCUSDT", Side.Buy, 1m, "x", OrderType.Stop, StopPrice: 90m));

        Assert.False(result.Accepted);
        Assert.Contains("above the market", result.RejectReason, StringComparison.Ordinal);
        Assert.Single(await account.GetJournalAsync(), r => r.Kind == AccountRecordKind.OrderRejected && r.ClientOrderId == "ws-1");
    }

    [Fact]
    public async Task StopLimitAndTrailingStopOrders_AreAcceptedAndWork_UntilTheirTriggersAreReached()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = await OpenAsync(cluster, "more-types");

        var stopLimit = await account.PlaceOrderAsync(new PlaceOrder("sl-1", "BTCUSDT", Side.Buy, 1m, "x", OrderType.StopLimit, LimitPrice: 111m, StopPrice: 110m));
        var trailing = await account.PlaceOrderAsync(new PlaceOrder("ts-1", "BTCUSDT", Side.Buy, 1m, "x", OrderType.TrailingStop,
            Trail: TrailingOffset.ByAmount(5m), TimeInForce: TimeInForce.Gtc));
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 1, 98m);

        Assert.True(stopLimit.Accepted, stopLimit.RejectReason);
        Assert.True(trailing.Accepted, trailing.RejectReason);
        var snapshot = await account.GetSnapshotAsync();
        Assert.Equal(2, snapshot.OpenOrders);
        Assert.Equal(0, snapshot.Fills);
    }

    [Fact]
    public async Task RestingLimitOrders_CountAgainstTheRiskLimits_AsIfTheyHadFilled()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = await OpenAsync(cluster, "resting-risk");

        var first = await account.PlaceOrderAsync(new PlaceOrder("rr-1", "BTCUSDT", Side.Buy, 4m, "x", OrderType.Limit, LimitPrice: 100m));
        var second = await account.PlaceOrderAsync(new PlaceOrder("rr-2", "BTCUSDT", Side.Buy, 4m, "x", OrderType.Limit, LimitPrice: 100m));

        // Open risk without a stop is the whole notional; the default limit is 6 % of 10,000 = 600. The first order
        // takes 400, so the second gets (600 - 400) / 100 = 2 units, not the 4 it would get if resting orders were free.
        Assert.Equal(4m, first.Quantity);
        Assert.True(second.Accepted, second.RejectReason);
        Assert.Equal(2m, second.Quantity);
    }

    [Theory]
    [InlineData(OrderType.Market, 100, null, "LimitPrice")]
    [InlineData(OrderType.Limit, null, null, "LimitPrice")]
    [InlineData(OrderType.Limit, -1, null, "LimitPrice")]
    [InlineData(OrderType.StopLimit, 100, null, "StopPrice")]
    public async Task PlaceOrder_WithTermsThatDoNotFitTheType_ThrowsNamingTheField_AndJournalsNothing(OrderType type, int? limit, int? stop, string field)
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = await OpenAsync(cluster, "bad-terms");
        var before = (await account.GetJournalAsync()).Count;

        var e = await Assert.ThrowsAsync<ArgumentException>(() =>
            account.PlaceOrderAsync(new PlaceOrder("b-1", "BTCUSDT", Side.Buy, 1m, "x", type, limit, stop)));

        Assert.StartsWith(field + ":", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, (await account.GetJournalAsync()).Count);
    }

    internal static async Task<IAccountGrain> OpenAsync(VirtualActors.Testing.TestCluster cluster, string id)
    {
        var account = cluster.Client.GetGrain<IAccountGrain>(id);
        await account.OpenAsync(10_000m);
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 0, 100m);
        return account;
    }
}
