using System.Net.WebSockets;
using System.Text.Json;
using SmartMarket.Api.Auth;
using SmartMarket.Grains.Accounts;

namespace Api.Tests;

public sealed class AuthorizationTests
{
    private const string PlaceOrder = """
        mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { accepted } }
        """;

    [Fact]
    public async Task Mutation_WithoutToken_IsRefusedAsUnauthenticated_AndCreatesNothing()
    {
        await using var host = await ApiHost.StartAsync();

        var (_, body) = await host.PostAsync(null, """mutation { createAccount(id: "anon", initialCash: "1000") { id } }""");

        Assert.Equal("UNAUTHENTICATED", ErrorCode(body));
        Assert.Null(host.Store.OwnerOf("anon"));
        Assert.Empty(await host.Grains.GetGrain<IAccountGrain>("anon").GetJournalAsync());
    }

    [Fact]
    public async Task Query_WithUnknownToken_IsRefusedAsUnauthenticated()
    {
        await using var host = await ApiHost.StartAsync();

        var (_, body) = await host.PostAsync("smk_" + new string('0', 64), "{ accounts { id } }");

        Assert.Equal("UNAUTHENTICATED", ErrorCode(body));
    }

    [Fact]
    public async Task PlaceOrder_WithViewerToken_IsForbidden_AndTheJournalIsUnchanged()
    {
        await using var host = await ApiHost.StartAsync();
        var viewer = host.Store.CreateToken("victor", ApiRole.Viewer);
        Assert.True(host.Store.TryClaimAccount("victor-1", "victor"));
        await host.Grains.GetGrain<IAccountGrain>("victor-1").OpenAsync(1000m);
        var before = await host.Grains.GetGrain<IAccountGrain>("victor-1").GetJournalAsync();

        var input = new { accountId = "victor-1", clientOrderId = "v-1", ticker = "BTCUSDT", side = "BUY", quantity = "1" };
        var (_, body) = await host.PostAsync(viewer, PlaceOrder, new { input });
        var (_, read) = await host.PostAsync(viewer, """{ account(id: "victor-1") { id } }""");

        Assert.Equal("FORBIDDEN", ErrorCode(body));
        Assert.Contains("trader or admin", Message(body), StringComparison.Ordinal);
        Assert.Equal(before.Count, (await host.Grains.GetGrain<IAccountGrain>("victor-1").GetJournalAsync()).Count);
        Assert.Equal("victor-1", read.GetProperty("data").GetProperty("account").GetProperty("id").GetString());
    }

    [Fact]
    public async Task AnotherUsersAccount_IsForbiddenToReadAndTrade_AndHiddenFromTheList_ButAdminSeesAll()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = host.Store.CreateToken("alice", ApiRole.Trader);
        var bob = host.Store.CreateToken("bob", ApiRole.Trader);
        var admin = host.Store.CreateToken("root", ApiRole.Admin);
        await host.PostAsync(alice, """mutation { createAccount(id: "alice-1", initialCash: "1000") { id } }""");
        await host.PostAsync(bob, """mutation { createAccount(id: "bob-1", initialCash: "1000") { id } }""");
        var bobJournal = (await host.Grains.GetGrain<IAccountGrain>("bob-1").GetJournalAsync()).Count;

        var (_, read) = await host.PostAsync(alice, """{ account(id: "bob-1") { cash } }""");
        var input = new { accountId = "bob-1", clientOrderId = "steal-1", ticker = "BTCUSDT", side = "SELL", quantity = "1" };
        var (_, trade) = await host.PostAsync(alice, PlaceOrder, new { input });
        var (_, stop) = await host.PostAsync(alice, """mutation { emergencyStop(accountId: "bob-1") { cancelledOrders } }""");
        var (_, claim) = await host.PostAsync(alice, """mutation { createAccount(id: "bob-1", initialCash: "5") { id } }""");
        var (_, aliceList) = await host.PostAsync(alice, "{ accounts { id } }");
        var (_, adminList) = await host.PostAsync(admin, "{ accounts { id } }");

        foreach (var refused in new[] { read, trade, stop, claim })
        {
            Assert.Equal("FORBIDDEN", ErrorCode(refused));
            Assert.Equal("account 'bob-1' belongs to another user", Message(refused));
        }
        Assert.Equal(bobJournal, (await host.Grains.GetGrain<IAccountGrain>("bob-1").GetJournalAsync()).Count);
        Assert.False((await host.Grains.GetGrain<IAccountGrain>("bob-1").GetSnapshotAsync()).Halted);
        Assert.Equal(["alice-1"], Ids(aliceList));
        Assert.Equal(["alice-1", "bob-1"], Ids(adminList));
    }

    [Fact]
    public async Task WebSocket_WithWrongToken_IsClosedWith4403()
    {
        await using var host = await ApiHost.StartAsync();

        var (socket, first) = await GraphQLSocket.ConnectAsync(host.GraphQLUri, "smk_wrong");
        await using var _ = socket;

        Assert.Null(first);
        Assert.Equal((WebSocketCloseStatus)4403, socket.CloseStatus);
    }

    [Fact]
    public async Task Subscription_ToAnotherUsersAccount_GetsAnErrorMessage()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = host.Store.CreateToken("alice", ApiRole.Trader);
        Assert.True(host.Store.TryClaimAccount("bob-1", "bob"));
        var (socket, _) = await GraphQLSocket.ConnectAsync(host.GraphQLUri, alice);
        await using var __ = socket;

        await socket.SubscribeAsync("s1", """subscription { orderUpdates(accountId: "bob-1") { sequence } }""");
        var message = (await socket.ReceiveAsync())!.Value;

        Assert.Contains("belongs to another user", message.GetRawText(), StringComparison.Ordinal);
    }

    internal static string? ErrorCode(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    internal static string? Message(JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString();

    private static string[] Ids(JsonElement body) =>
        [.. body.GetProperty("data").GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("id").GetString()!)];
}
