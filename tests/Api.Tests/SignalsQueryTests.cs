using SmartMarket.Api.Auth;
using SmartMarket.Grains;
using SmartMarket.Grains.Strategies;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;

namespace Api.Tests;

public sealed class SignalsQueryTests
{
    [Fact]
    public async Task Signals_ReturnTheLatestSentToTheCallersAccounts_OldestFirst_AndNotOtherUsers()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = host.Store.CreateToken("alice", ApiRole.Trader);
        var bob = host.Store.CreateToken("bob", ApiRole.Trader);
        await host.PostAsync(alice, """mutation { createAccount(id: "alice-1", initialCash: "1000") { id } }""");
        await host.PostAsync(bob, """mutation { createAccount(id: "bob-1", initialCash: "1000") { id } }""");
        // What a strategy grain would publish: three signals for alice, one for bob.
        await PublishAsync(host, "alice-1", "s-1", 1);
        await PublishAsync(host, "bob-1", "s-b", 2);
        await PublishAsync(host, "alice-1", "s-2", 3);
        await PublishAsync(host, "alice-1", "s-3", 4);

        var (_, body) = await host.PostAsync(alice, "{ signals(last: 2) { accountId clientOrderId entry } }");
        var signals = body.GetProperty("data").GetProperty("signals").EnumerateArray().ToArray();
        Assert.Equal(["s-2", "s-3"], signals.Select(s => s.GetProperty("clientOrderId").GetString()!).ToArray());
        Assert.Equal(103m, EndToEndTests.Dec(signals[0], "entry"));

        var (_, theirs) = await host.PostAsync(bob, "{ signals { clientOrderId } }");
        Assert.Equal("s-b", Assert.Single(theirs.GetProperty("data").GetProperty("signals").EnumerateArray()).GetProperty("clientOrderId").GetString());
        var (_, bad) = await host.PostAsync(bob, "{ signals(last: 0) { clientOrderId } }");
        Assert.Equal("last", Assert.Single(bad.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("field").GetString());
    }

    private static async Task PublishAsync(ApiHost host, string account, string clientOrderId, int minute)
    {
        var signal = new Signal("test", new Symbol("BTCUSDT"), ApiHost.T0.AddMinutes(minute), Side.Buy, 0.5, 100m + minute, 90m, [110m], "test signal");
        var streams = host.Runtime.Streams;
        await streams.GetStream<SignalEmitted>(MarketStreams.SignalsFor(account)).OnNextAsync(new SignalEmitted(account + "/test/BTCUSDT", account, signal, 1, clientOrderId));
    }
}
