using SmartMarket.Api.GraphQL;
using VirtualActors.Streams;

namespace Api.Tests;

public sealed class StreamFanInTests
{
    private static readonly StreamId First = new("fan-in-test", "first");
    private static readonly StreamId Second = new("fan-in-test", "second");

    [Fact]
    public async Task FanIn_MergesStreamsAddedWhileRead_SubscribesToARepeatOnce_AndHoldsNothingOnceClosed()
    {
        await using var host = await ApiHost.StartAsync();
        var streams = host.Runtime.Streams;
        var fanIn = new StreamFanIn<int>(streams, null);
        var owned = new Owned();
        fanIn.Own(owned);

        await fanIn.AddAsync(First);
        await streams.GetStream<int>(First).OnNextAsync(1);
        await fanIn.AddAsync(Second);
        await fanIn.AddAsync(First);
        await streams.GetStream<int>(Second).OnNextAsync(2);
        await streams.GetStream<int>(First).OnNextAsync(3);
        var open = fanIn.Count;
        fanIn.Close();
        await streams.GetStream<int>(First).OnNextAsync(4);
        await fanIn.AddAsync(Second);
        var received = new List<int>();
        await foreach (var item in fanIn.Reader.ReadAllAsync())
            received.Add(item);

        Assert.Equal(2, open);
        Assert.Equal([1, 2, 3], received);
        Assert.Equal(0, fanIn.Count);
        Assert.True(owned.Disposed);
    }

    [Fact]
    public async Task FanIn_ClosedWithAnError_FailsItsReaderWithThatError_AndDisposesLateResourcesAtOnce()
    {
        await using var host = await ApiHost.StartAsync();
        var fanIn = new StreamFanIn<int>(host.Runtime.Streams, null);
        await fanIn.AddAsync(First);

        fanIn.Close(new InvalidOperationException("stream store down"));
        var late = new Owned();
        fanIn.Own(late);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fanIn.Reader.Completion);
        Assert.Equal("stream store down", error.Message);
        Assert.True(late.Disposed);
        Assert.Equal(0, fanIn.Count);
    }

    private sealed class Owned : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }
}
