using SmartMarket.Api.Auth;
using SmartMarket.Grains;
using SmartMarket.Grains.Strategies;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;

namespace Api.Tests;

public sealed class SignalSubscriptionTests
{
    private const string Everything = "subscription { signals(last: 1) { accountId clientOrderId } }";

    [Fact]
    public async Task Signals_WithoutAccountId_StreamEveryVisibleAccount_OthersOnlyTheirOwn_AndAdminAll()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = host.Store.CreateToken("alice", ApiRole.Trader);
        var bob = host.Store.CreateToken("bob", ApiRole.Trader);
        var admin = host.Store.CreateToken("root", ApiRole.Admin);
        foreach (var (token, id) in new[] { (alice, "alice-1"), (alice, "alice-2"), (bob, "bob-1") })
            await host.PostAsync(token, "mutation { createAccount(id: \"" + id + "\", initialCash: \"1000\") { id } }");
        await PublishAsync(host, "alice-1", "a-0", 1);
        await PublishAsync(host, "bob-1", "b-0", 2);
        var (aliceSocket, _) = await GraphQLSocket.ConnectAsync(host.GraphQLUri, alice);
        var (adminSocket, _) = await GraphQLSocket.ConnectAsync(host.GraphQLUri, admin);
        var (bobSocket, _) = await GraphQLSocket.ConnectAsync(host.GraphQLUri, bob);
        await using var a = aliceSocket;
        await using var r = adminSocket;
        await using var b = bobSocket;

        // Each subscription replays its latest visible signal first: once that arrives, it is listening live.
        await aliceSocket.SubscribeAsync("all", Everything);
        await adminSocket.SubscribeAsync("all", Everything);
        await bobSocket.SubscribeAsync("one", """subscription { signals(accountId: "bob-1", last: 1) { accountId clientOrderId } }""");
        Assert.Equal(["a-0"], await ReadAsync(aliceSocket, 1));
        Assert.Equal(["b-0"], await ReadAsync(adminSocket, 1));
        Assert.Equal(["b-0"], await ReadAsync(bobSocket, 1));
        await PublishAsync(host, "alice-1", "a-1", 3);
        await PublishAsync(host, "bob-1", "b-1", 4);
        await PublishAsync(host, "alice-2", "a-2", 5);

        Assert.Equal(["a-1", "a-2"], await ReadAsync(aliceSocket, 2));
        Assert.Equal(["a-1", "b-1", "a-2"], await ReadAsync(adminSocket, 3));
        Assert.Equal(["b-1"], await ReadAsync(bobSocket, 1));
    }

    [Fact]
    public async Task Signals_WithoutAccountId_FollowAccountsClaimedLater_ForAdminAndOwnerOnly_AndLetGoOnComplete()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = host.Store.CreateToken("alice", ApiRole.Trader);
        var bob = host.Store.CreateToken("bob", ApiRole.Trader);
        var admin = host.Store.CreateToken("root", ApiRole.Admin);
        await host.PostAsync(bob, """mutation { createAccount(id: "bob-1", initialCash: "1000") { id } }""");
        await PublishAsync(host, "bob-1", "b-0", 1);
        var (adminSocket, _) = await GraphQLSocket.ConnectAsync(host.GraphQLUri, admin);
        var (bobSocket, _) = await GraphQLSocket.ConnectAsync(host.GraphQLUri, bob);
        await using var r = adminSocket;
        await using var b = bobSocket;
        await adminSocket.SubscribeAsync("all", Everything);
        await bobSocket.SubscribeAsync("all", Everything);
        Assert.Equal(["b-0"], await ReadAsync(adminSocket, 1));
        Assert.Equal(["b-0"], await ReadAsync(bobSocket, 1));
        var watchingWhileOpen = host.Store.WatcherCount;

        // Created by another trader through the API, then given to bob by the store: both after the subscriptions began.
        var (_, created) = await host.PostAsync(alice, """mutation { createAccount(id: "alice-new", initialCash: "1000") { id } }""");
        Assert.True(await host.Store.TryClaimAccountAsync("bob-given", "bob"));
        await PublishAsync(host, "alice-new", "a-new", 2);
        await PublishAsync(host, "bob-given", "b-given", 3);
        await PublishAsync(host, "bob-1", "b-1", 4);

        Assert.Equal("alice-new", created.GetProperty("data").GetProperty("createAccount").GetProperty("id").GetString());
        Assert.Equal(["a-new", "b-given", "b-1"], await ReadAsync(adminSocket, 3));
        // Events reach a subscription in publication order, so alice's signal would have come before bob's own.
        Assert.Equal(["b-given", "b-1"], await ReadAsync(bobSocket, 2));
        Assert.Equal(2, watchingWhileOpen);
        await adminSocket.CompleteAsync("all");
        await bobSocket.CompleteAsync("all");
        await adminSocket.PingAsync();
        await bobSocket.PingAsync();
        Assert.Equal(0, host.Store.WatcherCount);
    }

    private static async Task<string[]> ReadAsync(GraphQLSocket socket, int count)
    {
        var ids = new List<string>();
        while (ids.Count < count)
        {
            var message = await socket.ReceiveAsync() ?? throw new InvalidOperationException("socket closed");
            Assert.Equal("next", message.GetProperty("type").GetString());
            ids.Add(message.GetProperty("payload").GetProperty("data").GetProperty("signals").GetProperty("clientOrderId").GetString()!);
        }
        return [.. ids];
    }

    private static async Task PublishAsync(ApiHost host, string account, string clientOrderId, int minute)
    {
        var signal = new Signal("test", new Symbol("BTCUSDT"), ApiHost.T0.AddMinutes(minute), Side.Buy, 0.5, 100m, 90m, [110m], "test signal");
        await host.Runtime.Streams.GetStream<SignalEmitted>(MarketStreams.SignalsFor(account))
            .OnNextAsync(new SignalEmitted(account + "/test/BTCUSDT", account, signal, 1, clientOrderId));
    }
}
