using SmartMarket.Api.Auth;
using SmartMarket.Grains.Accounts;

namespace Api.Tests;

public sealed class ValidationTests
{
    private const string PlaceOrder = """
        mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { accepted } }
        """;

    [Theory]
    [InlineData("BTCUSDT", "-1", null, "input.quantity", "input.quantity: must be positive, got -1")]
    [InlineData("BTCUSDT", "0", null, "input.quantity", "input.quantity: must be positive, got 0")]
    [InlineData("NOPEUSDT", "1", null, "input.ticker", "input.ticker: unknown ticker 'NOPEUSDT' (known: BTCUSDT, ETHUSDT)")]
    [InlineData("BTCUSDT", "1", "100", "input.limitPrice", "input.limitPrice: must not be set on a MARKET order")]
    public async Task PlaceOrder_WithBadInput_NamesTheField_AndJournalsNothing(string ticker, string quantity, string? limitPrice, string field, string message)
    {
        await using var host = await ApiHost.StartAsync();
        var trader = host.Store.CreateToken("tess", ApiRole.Trader);
        await host.PostAsync(trader, """mutation { createAccount(id: "tess-1", initialCash: "1000") { id } }""");
        var before = (await host.Grains.GetGrain<IAccountGrain>("tess-1").GetJournalAsync()).Count;

        var input = new { accountId = "tess-1", clientOrderId = "bad-1", ticker, side = "BUY", quantity, limitPrice };
        var (_, body) = await host.PostAsync(trader, PlaceOrder, new { input });

        var error = body.GetProperty("errors")[0];
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal(before, (await host.Grains.GetGrain<IAccountGrain>("tess-1").GetJournalAsync()).Count);
    }

    [Fact]
    public async Task CreateAccount_WithNegativeCash_NamesInitialCash()
    {
        await using var host = await ApiHost.StartAsync();
        var trader = host.Store.CreateToken("tess", ApiRole.Trader);

        var (_, body) = await host.PostAsync(trader, """mutation { createAccount(id: "t-2", initialCash: "-5") { id } }""");

        Assert.Equal("initialCash: must be positive", AuthorizationTests.Message(body));
        Assert.Null(host.Store.OwnerOf("t-2"));
    }

    [Fact]
    public async Task Requests_BeyondTheTokensRateLimit_Get429_WhileAnotherTokenStillPasses()
    {
        await using var host = await ApiHost.StartAsync(permitsPerWindow: 3);
        var busy = host.Store.CreateToken("busy", ApiRole.Viewer);
        var calm = host.Store.CreateToken("calm", ApiRole.Viewer);

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await host.PostAsync(busy, "{ me { name } }")).Status);
        var (calmStatus, calmBody) = await host.PostAsync(calm, "{ me { name } }");

        Assert.Equal([200, 200, 200, 429], statuses);
        Assert.Equal(200, calmStatus);
        Assert.Equal("calm", calmBody.GetProperty("data").GetProperty("me").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Query_CostlierThanTheConfiguredLimit_IsRefusedNamingTheLimit_WhileACheapOnePasses()
    {
        await using var host = await ApiHost.StartAsync(maxCost: 50);
        var viewer = host.Store.CreateToken("vera", ApiRole.Viewer);

        var (okStatus, ok) = await host.PostAsync(viewer, "{ me { name } }");
        // Lists count 10 items unless an argument says otherwise: accounts x orders x 2 fields is far above 50.
        var (_, body) = await host.PostAsync(viewer, "{ accounts { id orders { clientOrderId status } } }");

        Assert.Equal(200, okStatus);
        Assert.Equal("vera", ok.GetProperty("data").GetProperty("me").GetProperty("name").GetString());
        Assert.False(body.TryGetProperty("data", out _), "a document over the limit never executes");
        Assert.Contains("exceeds the maximum of 50", AuthorizationTests.Message(body)!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MARKET", "100", null, "input.limitPrice", "input.limitPrice: must not be set on a MARKET order")]
    [InlineData("MARKET", null, "100", "input.stopPrice", "input.stopPrice: must not be set on a MARKET order")]
    [InlineData("LIMIT", null, null, "input.limitPrice", "input.limitPrice: is required on a LIMIT order")]
    [InlineData("LIMIT", "-5", null, "input.limitPrice", "input.limitPrice: must be positive, got -5")]
    [InlineData("LIMIT", "90", "95", "input.stopPrice", "input.stopPrice: must not be set on a LIMIT order")]
    [InlineData("STOP", null, null, "input.stopPrice", "input.stopPrice: is required on a STOP order")]
    [InlineData("STOP", null, "0", "input.stopPrice", "input.stopPrice: must be positive, got 0")]
    [InlineData("STOP_LIMIT", null, "110", "input.limitPrice", "input.limitPrice: is required on a STOP_LIMIT order")]
    [InlineData("TRAILING_STOP", null, null, "input.trailAmount", "input.trailAmount: a TRAILING_STOP order needs trailAmount or trailPercent")]
    public async Task PlaceOrder_WithPricesThatDoNotFitTheType_NamesTheField_AndJournalsNothing(
        string type, string? limitPrice, string? stopPrice, string field, string message)
    {
        await using var host = await ApiHost.StartAsync();
        var trader = host.Store.CreateToken("tess", ApiRole.Trader);
        await host.PostAsync(trader, """mutation { createAccount(id: "tess-1", initialCash: "1000") { id } }""");
        var before = (await host.Grains.GetGrain<IAccountGrain>("tess-1").GetJournalAsync()).Count;

        var input = new { accountId = "tess-1", clientOrderId = "bad-2", ticker = "BTCUSDT", side = "BUY", type, quantity = "1", limitPrice, stopPrice };
        var (_, body) = await host.PostAsync(trader, PlaceOrder, new { input });

        var error = body.GetProperty("errors")[0];
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(field, error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal(before, (await host.Grains.GetGrain<IAccountGrain>("tess-1").GetJournalAsync()).Count);
    }

    [Fact]
    public async Task Query_DeeperThanTheConfiguredLimit_IsRejectedBeforeExecution()
    {
        await using var host = await ApiHost.StartAsync(maxDepth: 2);
        var viewer = host.Store.CreateToken("vera", ApiRole.Viewer);

        var (okStatus, _) = await host.PostAsync(viewer, "{ me { name } }");
        var (_, body) = await host.PostAsync(viewer, "{ accounts { positions { ticker } } }");

        Assert.Equal(200, okStatus);
        Assert.False(body.TryGetProperty("data", out _), "a document over the limit never executes");
        Assert.Contains("depth", AuthorizationTests.Message(body)!, StringComparison.OrdinalIgnoreCase);
    }
}
