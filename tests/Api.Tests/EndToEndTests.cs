using System.Globalization;
using System.Text.Json;
using SmartMarket.Api.Auth;

namespace Api.Tests;

public sealed class EndToEndTests
{
    private const string PlaceOrder = """
        mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { clientOrderId accepted orderId quantity rejectReason } }
        """;

    [Fact]
    public async Task PlaceOrder_OverHttp_OrderUpdatesReportTheFill_AndTheAccountsEquityChanges()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = host.Store.CreateToken("alice", ApiRole.Trader);
        var (_, created) = await host.PostAsync(alice, """mutation { createAccount(id: "alice-1", initialCash: "10000") { id cash equity } }""");
        Assert.Equal("10000", created.GetProperty("data").GetProperty("createAccount").GetProperty("equity").GetString());
        await host.TradeAsync("BTCUSDT", 0, 100m);

        var (socket, ack) = await GraphQLSocket.ConnectAsync(host.GraphQLUri, alice);
        await using var _ = socket;
        Assert.Equal("connection_ack", ack!.Value.GetProperty("type").GetString());
        // afterSequence 0 replays the journal first, so the fill arrives however late the subscription starts.
        await socket.SubscribeAsync("orders", """
            subscription { orderUpdates(accountId: "alice-1", afterSequence: 0) { sequence kind clientOrderId quantity price amount } }
            """);

        // The symbol traded before the account listened to it: the first order is sized from the symbol's last price.
        var input = new { accountId = "alice-1", clientOrderId = "e2e-1", ticker = "BTCUSDT", side = "BUY", quantity = "2" };
        var (status, placed) = await host.PostAsync(alice, PlaceOrder, new { input });
        Assert.Equal(200, status);
        var result = placed.GetProperty("data").GetProperty("placeOrder");
        Assert.True(result.GetProperty("accepted").GetBoolean(), result.GetRawText());
        await host.TradeAsync("BTCUSDT", 2, 101m);

        var fill = await NextFillAsync(socket);
        Assert.Equal("e2e-1", fill.GetProperty("clientOrderId").GetString());
        Assert.Equal(2m, Dec(fill, "quantity"));
        var price = Dec(fill, "price");
        var fee = Dec(fill, "amount");
        Assert.True(fee > 0m, "a paper fill pays a fee");

        var (_, after) = await host.PostAsync(alice, """{ account(id: "alice-1") { cash equity positions { ticker quantity markPrice } orders(status: FILLED) { clientOrderId filledQuantity } } }""");
        var account = after.GetProperty("data").GetProperty("account");
        var expectedCash = 10_000m - 2m * price - fee;
        Assert.Equal(expectedCash, Dec(account, "cash"));
        Assert.Equal(expectedCash + 2m * 101m, Dec(account, "equity"));
        Assert.NotEqual(10_000m, Dec(account, "equity"));
        var position = Assert.Single(account.GetProperty("positions").EnumerateArray());
        Assert.Equal(2m, Dec(position, "quantity"));
        Assert.Equal("e2e-1", Assert.Single(account.GetProperty("orders").EnumerateArray()).GetProperty("clientOrderId").GetString());

        // Same client order id, different quantity: the first answer comes back and nothing trades again.
        var repeat = new { accountId = "alice-1", clientOrderId = "e2e-1", ticker = "BTCUSDT", side = "BUY", quantity = "5" };
        var (_, again) = await host.PostAsync(alice, PlaceOrder, new { input = repeat });
        Assert.Equal(result.GetRawText(), again.GetProperty("data").GetProperty("placeOrder").GetRawText());
    }

    private static async Task<JsonElement> NextFillAsync(GraphQLSocket socket)
    {
        while (true)
        {
            var message = await socket.ReceiveAsync() ?? throw new InvalidOperationException("socket closed before the fill");
            Assert.Equal("next", message.GetProperty("type").GetString());
            var update = message.GetProperty("payload").GetProperty("data").GetProperty("orderUpdates");
            if (update.GetProperty("kind").GetString() == "ORDER_FILLED" && update.GetProperty("clientOrderId").GetString() == "e2e-1")
                return update;
        }
    }

    internal static decimal Dec(JsonElement e, string name) => decimal.Parse(e.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);
}
