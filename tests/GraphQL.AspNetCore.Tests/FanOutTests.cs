namespace GraphQL.AspNetCore.Tests;

/// <summary>Subscribers of the same document and variables share one source stream; the stream stops when the last one leaves.</summary>
[Collection(ServerCollection.Name)]
public sealed class FanOutTests(ServerFixture server)
{
    private const string Subscribe = """{"id":"s","type":"subscribe","payload":{"query":"subscription Fan { events }"}}""";

    [Fact]
    public async Task TwoSubscribers_ShareOneSourceStream_AndBothReceiveEachEvent()
    {
        // Streams of earlier tests stop on their own time; a stale listener would pass for this test's stream.
        await WaitUntilAsync(() => server.Events.ListenerCount == 0);
        await using var first = await ProtocolClient.ConnectAndInitAsync(server.WebSocketUri);
        await using var second = await ProtocolClient.ConnectAndInitAsync(server.WebSocketUri);
        await first.SendAsync(Subscribe);
        await second.SendAsync(Subscribe);
        // A connection handles its messages in order, so a pong means the subscribe before it has joined.
        await PingAsync(first);
        await PingAsync(second);
        await WaitUntilAsync(() => server.Events.ListenerCount == 1);

        server.Events.Publish(7);

        Assert.Equal("""{"id":"s","type":"next","payload":{"data":{"events":7}}}""", await first.ReceiveAsync());
        Assert.Equal("""{"id":"s","type":"next","payload":{"data":{"events":7}}}""", await second.ReceiveAsync());
        Assert.Equal(1, server.Events.ListenerCount);

        await first.SendAsync("""{"id":"s","type":"complete"}""");
        await first.SendAsync("""{"type":"ping"}""");
        Assert.Equal("""{"type":"pong"}""", await first.ReceiveAsync());
        server.Events.Publish(8);
        Assert.Equal("""{"id":"s","type":"next","payload":{"data":{"events":8}}}""", await second.ReceiveAsync());

        await second.SendAsync("""{"id":"s","type":"complete"}""");
        await WaitUntilAsync(() => server.Events.ListenerCount == 0);
    }

    private static async Task PingAsync(ProtocolClient client)
    {
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("""{"type":"pong"}""", await client.ReceiveAsync());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // The source stream starts on the thread pool; wait for it with a deadline rather than a fixed sleep.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 10 s");
            await Task.Delay(5);
        }
    }
}
