using System.Text.Json;
using SmartMarket.Api.Auth;
using SmartMarket.Grains.Accounts;

namespace Api.Tests;

public sealed class OrderLifecycleTests
{
    internal const string PlaceOrder = """
        mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { clientOrderId accepted orderId quantity rejectReason } }
        """;

    private const string Cancel = """
        mutation($id: String!) { cancelOrder(accountId: "alice-1", clientOrderId: $id) { clientOrderId outcome cancelled message } }
        """;

    [Fact]
    public async Task LimitOrder_RestsOpen_IsCancelledOnce_AndOrderUpdatesReportTheCancellation()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = await OpenAsync(host);
        var (socket, _) = await GraphQLSocket.ConnectAsync(host.GraphQLUri, alice);
        await using var __ = socket;
        await socket.SubscribeAsync("orders", """subscription { orderUpdates(accountId: "alice-1", afterSequence: 0) { kind clientOrderId text } }""");

        var placed = await PlaceAsync(host, alice, new { accountId = "alice-1", clientOrderId = "lim-1", ticker = "BTCUSDT", side = "BUY", type = "LIMIT", quantity = "1", limitPrice = "90" });
        await host.TradeAsync("BTCUSDT", 60, 95m);
        var open = await OrdersAsync(host, alice, "OPEN");
        var cancelled = await MutateAsync(host, alice, Cancel, "cancelOrder", new { id = "lim-1" });
        var journal = (await host.Grains.GetGrain<IAccountGrain>("alice-1").GetJournalAsync()).Count;
        var again = await MutateAsync(host, alice, Cancel, "cancelOrder", new { id = "lim-1" });

        Assert.True(placed.GetProperty("accepted").GetBoolean(), placed.GetRawText());
        var order = Assert.Single(open);
        Assert.Equal("lim-1", order.GetProperty("clientOrderId").GetString());
        Assert.Equal("LIMIT", order.GetProperty("type").GetString());
        Assert.Equal(90m, EndToEndTests.Dec(order, "limitPrice"));
        Assert.Equal("CANCELLED", cancelled.GetProperty("outcome").GetString());
        Assert.True(cancelled.GetProperty("cancelled").GetBoolean());
        Assert.Equal("ALREADY_CANCELLED", again.GetProperty("outcome").GetString());
        Assert.False(again.GetProperty("cancelled").GetBoolean());
        Assert.Equal(journal, (await host.Grains.GetGrain<IAccountGrain>("alice-1").GetJournalAsync()).Count);
        Assert.Empty(await OrdersAsync(host, alice, "OPEN"));
        Assert.Equal("lim-1", Assert.Single(await OrdersAsync(host, alice, "CANCELLED")).GetProperty("clientOrderId").GetString());
        var update = await NextAsync(socket, "ORDER_CANCELLED");
        Assert.Equal("lim-1", update.GetProperty("clientOrderId").GetString());
    }

    [Fact]
    public async Task LimitOrder_FillsOnlyWhenThePriceCrossesItsLimit()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = await OpenAsync(host);

        await PlaceAsync(host, alice, new { accountId = "alice-1", clientOrderId = "lim-2", ticker = "BTCUSDT", side = "BUY", type = "LIMIT", quantity = "2", limitPrice = "95" });
        await host.TradeAsync("BTCUSDT", 60, 97m);
        var stillOpen = await OrdersAsync(host, alice, "OPEN");
        await host.TradeAsync("BTCUSDT", 120, 94m);

        Assert.Single(stillOpen);
        var journal = await host.Grains.GetGrain<IAccountGrain>("alice-1").GetJournalAsync();
        var fill = Assert.Single(journal, r => r.Kind == AccountRecordKind.OrderFilled);
        Assert.Equal(2m, fill.Quantity);
        Assert.True(fill.Price <= 95m, $"a buy limit at 95 filled at {fill.Price}");
        var filled = Assert.Single(await OrdersAsync(host, alice, "FILLED"));
        Assert.Equal(2m, EndToEndTests.Dec(filled, "filledQuantity"));
        var (_, body) = await host.PostAsync(alice, """{ account(id: "alice-1") { cash positions { quantity } } }""");
        var account = body.GetProperty("data").GetProperty("account");
        Assert.Equal(10_000m - 2m * fill.Price - fill.Amount, EndToEndTests.Dec(account, "cash"));
        Assert.Equal(2m, EndToEndTests.Dec(Assert.Single(account.GetProperty("positions").EnumerateArray()), "quantity"));
    }

    [Fact]
    public async Task Resume_AfterEmergencyStop_LetsOrdersThroughAgain_AndRestartsTheHaltedStrategy()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = await OpenAsync(host);
        await host.PostAsync(alice, """mutation { startStrategy(accountId: "alice-1", strategy: "mean-reversion", ticker: "BTCUSDT", parameters: "Timeframe=1m") { id } }""");

        await MutateAsync(host, alice, """mutation { emergencyStop(accountId: "alice-1") { haltedStrategies } }""", "emergencyStop");
        var refused = await PlaceAsync(host, alice, new { accountId = "alice-1", clientOrderId = "r-1", ticker = "BTCUSDT", side = "BUY", quantity = "1" });
        var resumed = await MutateAsync(host, alice, """mutation { resume(accountId: "alice-1") { resumed restartedStrategies } }""", "resume");
        var twice = await MutateAsync(host, alice, """mutation { resume(accountId: "alice-1") { resumed restartedStrategies } }""", "resume");
        var accepted = await PlaceAsync(host, alice, new { accountId = "alice-1", clientOrderId = "r-2", ticker = "BTCUSDT", side = "BUY", quantity = "1" });
        var (_, after) = await host.PostAsync(alice, """{ account(id: "alice-1") { halted } strategies { id halted } }""");

        Assert.False(refused.GetProperty("accepted").GetBoolean());
        Assert.Contains("halted", refused.GetProperty("rejectReason").GetString(), StringComparison.Ordinal);
        Assert.True(resumed.GetProperty("resumed").GetBoolean());
        Assert.Equal(1, resumed.GetProperty("restartedStrategies").GetInt32());
        Assert.False(twice.GetProperty("resumed").GetBoolean());
        Assert.True(accepted.GetProperty("accepted").GetBoolean(), accepted.GetRawText());
        Assert.False(after.GetProperty("data").GetProperty("account").GetProperty("halted").GetBoolean());
        Assert.False(Assert.Single(after.GetProperty("data").GetProperty("strategies").EnumerateArray()).GetProperty("halted").GetBoolean());
    }

    [Fact]
    public async Task CancelOrderAndResume_WithViewerToken_AreForbidden_AndChangeNothing()
    {
        await using var host = await ApiHost.StartAsync();
        var viewer = host.Store.CreateToken("victor", ApiRole.Viewer);
        Assert.True(host.Store.TryClaimAccount("victor-1", "victor"));
        var grain = host.Grains.GetGrain<IAccountGrain>("victor-1");
        await grain.OpenAsync(1_000m);
        await host.TradeAsync("BTCUSDT", 0, 100m);
        await grain.PlaceOrderAsync(new PlaceOrder("v-1", "BTCUSDT", SmartMarket.Trading.MarketData.Side.Buy, 1m, "test",
            SmartMarket.Trading.Orders.OrderType.Limit, LimitPrice: 90m));
        var before = (await grain.GetJournalAsync()).Count;

        var (_, cancel) = await host.PostAsync(viewer, """mutation { cancelOrder(accountId: "victor-1", clientOrderId: "v-1") { outcome } }""");
        await grain.EmergencyStopAsync("test");
        var stopped = (await grain.GetJournalAsync()).Count;
        var (_, resume) = await host.PostAsync(viewer, """mutation { resume(accountId: "victor-1") { resumed } }""");

        Assert.Equal("FORBIDDEN", AuthorizationTests.ErrorCode(cancel));
        Assert.Equal("FORBIDDEN", AuthorizationTests.ErrorCode(resume));
        Assert.Contains("trader or admin", AuthorizationTests.Message(resume), StringComparison.Ordinal);
        Assert.Equal(before + 2, stopped); // the stop's own cancel and halt records, nothing from the viewer
        Assert.Equal(stopped, (await grain.GetJournalAsync()).Count);
        Assert.True((await grain.GetSnapshotAsync()).Halted);
    }

    internal static async Task<string> OpenAsync(ApiHost host)
    {
        var alice = host.Store.CreateToken("alice", ApiRole.Trader);
        await host.PostAsync(alice, """mutation { createAccount(id: "alice-1", initialCash: "10000") { id } }""");
        await host.TradeAsync("BTCUSDT", 0, 100m);
        return alice;
    }

    internal static Task<JsonElement> PlaceAsync(ApiHost host, string token, object input) => MutateAsync(host, token, PlaceOrder, "placeOrder", new { input });

    internal static async Task<JsonElement> MutateAsync(ApiHost host, string token, string query, string field, object? variables = null)
    {
        var (_, body) = await host.PostAsync(token, query, variables);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data").GetProperty(field);
    }

    private static async Task<JsonElement[]> OrdersAsync(ApiHost host, string token, string status)
    {
        var (_, body) = await host.PostAsync(token, "{ account(id: \"alice-1\") { orders(status: " + status + ") { clientOrderId type limitPrice filledQuantity } } }");
        return [.. body.GetProperty("data").GetProperty("account").GetProperty("orders").EnumerateArray()];
    }

    private static async Task<JsonElement> NextAsync(GraphQLSocket socket, string kind)
    {
        while (true)
        {
            var message = await socket.ReceiveAsync() ?? throw new InvalidOperationException("socket closed before " + kind);
            var update = message.GetProperty("payload").GetProperty("data").GetProperty("orderUpdates");
            if (update.GetProperty("kind").GetString() == kind)
                return update;
        }
    }
}
