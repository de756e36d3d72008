using System.Text.Json;
using SmartMarket.Grains.Accounts;

namespace Api.Tests;

public sealed class ReduceOnlyOrderTests
{
    [Fact]
    public async Task ReduceOnlySell_WithNoPosition_IsRefusedWithTheVenuesReason_AndTradesNothing()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = await OrderLifecycleTests.OpenAsync(host);

        var placed = await OrderLifecycleTests.PlaceAsync(host, alice,
            new { accountId = "alice-1", clientOrderId = "ro-0", ticker = "BTCUSDT", side = "SELL", quantity = "1", reduceOnly = true });
        await host.TradeAsync("BTCUSDT", 60, 100m);

        Assert.False(placed.GetProperty("accepted").GetBoolean(), placed.GetRawText());
        Assert.Contains("reduce-only", placed.GetProperty("rejectReason").GetString(), StringComparison.Ordinal);
        var journal = await host.Grains.GetGrain<IAccountGrain>("alice-1").GetJournalAsync();
        Assert.DoesNotContain(journal, r => r.Kind == AccountRecordKind.OrderFilled);
        Assert.Empty((await AccountAsync(host, alice)).GetProperty("positions").EnumerateArray());
    }

    [Fact]
    public async Task ReduceOnlySell_AgainstAnOpenLong_FillsAndLeavesTheRest_ThenStopsAtFlatWithoutGoingShort()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = await OrderLifecycleTests.OpenAsync(host);
        await OrderLifecycleTests.PlaceAsync(host, alice, new { accountId = "alice-1", clientOrderId = "long", ticker = "BTCUSDT", side = "BUY", quantity = "3" });
        await host.TradeAsync("BTCUSDT", 60, 100m);

        var reduce = await OrderLifecycleTests.PlaceAsync(host, alice,
            new { accountId = "alice-1", clientOrderId = "ro-1", ticker = "BTCUSDT", side = "SELL", quantity = "1", reduceOnly = true });
        await host.TradeAsync("BTCUSDT", 120, 100m);
        var afterPartial = Quantity(await AccountAsync(host, alice));
        var past = await OrderLifecycleTests.PlaceAsync(host, alice,
            new { accountId = "alice-1", clientOrderId = "ro-2", ticker = "BTCUSDT", side = "SELL", quantity = "5", reduceOnly = true });
        await host.TradeAsync("BTCUSDT", 180, 100m);
        var account = await AccountAsync(host, alice);
        var journal = await host.Grains.GetGrain<IAccountGrain>("alice-1").GetJournalAsync();

        Assert.True(reduce.GetProperty("accepted").GetBoolean(), reduce.GetRawText());
        Assert.True(past.GetProperty("accepted").GetBoolean(), past.GetRawText());
        Assert.Equal(2m, afterPartial);
        Assert.Empty(account.GetProperty("positions").EnumerateArray());
        Assert.Equal(1m, Assert.Single(journal, r => r is { Kind: AccountRecordKind.OrderFilled, ClientOrderId: "ro-1" }).Quantity);
        Assert.Equal(2m, Assert.Single(journal, r => r is { Kind: AccountRecordKind.OrderFilled, ClientOrderId: "ro-2" }).Quantity);
        Assert.Single(journal, r => r is { Kind: AccountRecordKind.OrderCancelled, ClientOrderId: "ro-2" });
        // The journal keeps the flag with the request, so the order reads the same after a restart.
        Assert.True(Assert.Single(journal, r => r is { Kind: AccountRecordKind.OrderRequested, ClientOrderId: "ro-1" }).Terms!.ReduceOnly);
        var orders = account.GetProperty("orders").EnumerateArray().ToDictionary(o => o.GetProperty("clientOrderId").GetString()!);
        Assert.False(orders["long"].GetProperty("reduceOnly").GetBoolean());
        Assert.True(orders["ro-1"].GetProperty("reduceOnly").GetBoolean());
        Assert.Equal("FILLED", orders["ro-1"].GetProperty("status").GetString());
        Assert.Equal("CANCELLED", orders["ro-2"].GetProperty("status").GetString());
        Assert.Equal(2m, EndToEndTests.Dec(orders["ro-2"], "filledQuantity"));
    }

    private static async Task<JsonElement> AccountAsync(ApiHost host, string token)
    {
        var (_, body) = await host.PostAsync(token,
            """{ account(id: "alice-1") { positions { quantity } orders { clientOrderId status reduceOnly filledQuantity reason } } }""");
        return body.GetProperty("data").GetProperty("account");
    }

    private static decimal Quantity(JsonElement account) =>
        EndToEndTests.Dec(Assert.Single(account.GetProperty("positions").EnumerateArray()), "quantity");
}
