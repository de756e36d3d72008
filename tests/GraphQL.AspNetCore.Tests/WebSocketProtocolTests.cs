namespace GraphQL.AspNetCore.Tests;

[Collection(ServerCollection.Name)]
public sealed class WebSocketProtocolTests(ServerFixture server)
{
    [Fact]
    public async Task Ping_IsAnsweredWithPong()
    {
        await using var client = await ProtocolClient.ConnectAndInitAsync(server.WebSocketUri);

        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("""{"type":"pong"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Subscribe_BeforeInit_Closes4401()
    {
        await using var client = await ProtocolClient.ConnectAsync(server.WebSocketUri);

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ count }"}}""");

        Assert.Equal("close:4401", await client.ReceiveAsync());
    }

    [Fact]
    public async Task SecondInit_Closes4429()
    {
        await using var client = await ProtocolClient.ConnectAndInitAsync(server.WebSocketUri);

        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal("close:4429", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Init_RejectedByHost_Closes4403()
    {
        await using var client = await ProtocolClient.ConnectAsync(server.WebSocketUri);

        await client.SendAsync("{\"type\":\"connection_init\",\"payload\":{\"token\":\"" + ServerFixture.ForbiddenToken + "\"}}");

        Assert.Equal("close:4403", await client.ReceiveAsync());
    }

    [Fact]
    public async Task NoInit_WithinTimeout_Closes4408()
    {
        await using var client = await ProtocolClient.ConnectAsync(server.WebSocketUri);

        Assert.Equal("close:4408", await client.ReceiveAsync());
    }

    [Fact]
    public async Task InvalidJson_Closes4400()
    {
        await using var client = await ProtocolClient.ConnectAndInitAsync(server.WebSocketUri);

        await client.SendAsync("{oops");

        Assert.Equal("close:4400", await client.ReceiveAsync());
    }

    [Fact]
    public async Task MissingSubprotocol_Closes4406()
    {
        await using var client = await ProtocolClient.ConnectAsync(server.WebSocketUri, subprotocol: null);

        Assert.Equal("close:4406", await client.ReceiveAsync());
    }

    [Fact]
    public async Task DuplicateOperationId_Closes4409()
    {
        await using var client = await ProtocolClient.ConnectAndInitAsync(server.WebSocketUri);
        await client.SendAsync("""{"id":"a","type":"subscribe","payload":{"query":"subscription { events }"}}""");

        await client.SendAsync("""{"id":"a","type":"subscribe","payload":{"query":"subscription { events }"}}""");

        Assert.Equal("close:4409", await client.ReceiveAsync());
    }

    [Fact]
    public async Task InvalidOperation_GetsErrorMessageWithItsId()
    {
        await using var client = await ProtocolClient.ConnectAndInitAsync(server.WebSocketUri);

        await client.SendAsync("""{"id":"e","type":"subscribe","payload":{"query":"subscription { nope }"}}""");

        Assert.Equal(
            """{"id":"e","type":"error","payload":[{"message":"Cannot query field \"nope\" on type \"Subscription\".","locations":[{"line":1,"column":16}]}]}""",
            await client.ReceiveAsync());
    }

    [Fact]
    public async Task Query_OverWebSocket_GetsNextThenComplete()
    {
        await using var client = await ProtocolClient.ConnectAndInitAsync(server.WebSocketUri);

        await client.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"Ws"}}}""");

        Assert.Equal("""{"id":"q","type":"next","payload":{"data":{"hello":"Hello, Ws"}}}""", await client.ReceiveAsync());
        Assert.Equal("""{"id":"q","type":"complete"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Subscription_StreamEnds_SendsEventsThenComplete()
    {
        await using var client = await ProtocolClient.ConnectAndInitAsync(server.WebSocketUri);

        await client.SendAsync("""{"id":"t","type":"subscribe","payload":{"query":"subscription { ticks(count: 2) }"}}""");

        Assert.Equal("""{"id":"t","type":"next","payload":{"data":{"ticks":1}}}""", await client.ReceiveAsync());
        Assert.Equal("""{"id":"t","type":"next","payload":{"data":{"ticks":2}}}""", await client.ReceiveAsync());
        Assert.Equal("""{"id":"t","type":"complete"}""", await client.ReceiveAsync());
    }
}
