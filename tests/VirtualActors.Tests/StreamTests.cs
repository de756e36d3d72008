using VirtualActors.Streams;
using VirtualActors.Testing;
using VirtualActors.Tests.Grains;

namespace VirtualActors.Tests;

public sealed class StreamTests
{
    [Fact]
    public async Task ExplicitSubscription_DeliversInOrder_AndSurvivesDeactivationAndRestart()
    {
        await using var cluster = await TestCluster.StartAsync();
        var listenerKey = "listener-" + Guid.NewGuid();
        var streamKey = "s-" + Guid.NewGuid();
        var listener = cluster.Client.GetGrain<IListenerGrain>(listenerKey);
        await listener.SubscribeAsync(streamKey);
        var stream = cluster.Runtime.Streams.GetStream<int>(new StreamId("numbers", streamKey));
        for (var i = 0; i < 100; i++)
            await stream.OnNextAsync(i);

        await listener.DeactivateAsync();
        await stream.OnNextAsync(100);
        await cluster.RestartAsync();
        await cluster.Runtime.Streams.GetStream<int>(new StreamId("numbers", streamKey)).OnNextAsync(101);

        Assert.Equal(Enumerable.Range(0, 102), await cluster.Client.GetGrain<IListenerGrain>(listenerKey).GetReceivedAsync());
    }

    [Fact]
    public async Task ImplicitSubscription_ActivatesTheGrainWithTheStreamKey()
    {
        await using var cluster = await TestCluster.StartAsync();
        var key = "imp-" + Guid.NewGuid();
        var stream = cluster.Runtime.Streams.GetStream<int>(new StreamId("implicit-numbers", key));
        Assert.Equal(0, cluster.Runtime.ActivationCount);
        await stream.OnNextAsync(7);
        await stream.OnNextAsync(8);
        Assert.Equal([7, 8], await cluster.Client.GetGrain<IImplicitListenerGrain>(key).GetReceivedAsync());
        Assert.Equal(1, cluster.Runtime.ActivationCount);
    }

    [Fact]
    public async Task ClientSubscription_ReceivesEventsUntilUnsubscribed()
    {
        await using var cluster = await TestCluster.StartAsync();
        var stream = cluster.Runtime.Streams.GetStream<int>(new StreamId("numbers", "client"));
        var observer = new CollectingObserver();
        var handle = await stream.SubscribeAsync(observer);
        await stream.OnNextAsync(1);
        await stream.OnNextAsync(2);
        await handle.UnsubscribeAsync();
        await stream.OnNextAsync(3);
        Assert.Equal([1, 2], observer.Items);
    }

    private sealed class CollectingObserver : IAsyncObserver<int>
    {
        public List<int> Items { get; } = [];

        public ValueTask OnNextAsync(int item)
        {
            Items.Add(item);
            return ValueTask.CompletedTask;
        }
    }
}
