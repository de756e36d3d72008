using VirtualActors.Testing;
using VirtualActors.Tests.Grains;

namespace VirtualActors.Tests;

/// <summary>
/// Calls to one grain from one caller start in the order they were made, also when the grain lets them interleave and
/// they queued while the grain was activating or could not run inline.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StartOrderTests(ClusterFixture fixture)
{
    private const int Calls = 64;
    private const int Grains = 16;

    [Fact]
    public async Task ReentrantGrain_CallsQueuedWhileActivating_StartInArrivalOrder()
    {
        for (var g = 0; g < Grains; g++)
        {
            var grain = fixture.Client.GetGrain<IReentrantStartOrderGrain>("activating-" + Guid.NewGuid());
            await AssertStartOrderAsync(grain, interleaved: false);
        }
    }

    [Fact]
    public async Task AlwaysInterleaveCalls_QueuedWhileActivating_StartInArrivalOrder()
    {
        for (var g = 0; g < Grains; g++)
        {
            var grain = fixture.Client.GetGrain<IStartOrderGrain>("interleaved-" + Guid.NewGuid());
            await AssertStartOrderAsync(grain, interleaved: true);
        }
    }

    [Fact]
    public async Task ReentrantGrain_CallMadeJustAfterActivation_DoesNotOvertakeTheCallThatActivatedIt()
    {
        for (var g = 0; g < 200; g++)
        {
            var grain = fixture.Client.GetGrain<ISignallingStartOrderGrain>("overtake-" + Guid.NewGuid());
            var first = grain.RecordAsync(0);
            // Blocks this thread (no await) so that the next call is made the moment activation ends.
            Assert.True(SignallingStartOrderGrain.Activated.Wait(TimeSpan.FromSeconds(10)));
            var second = grain.RecordAsync(1);
            await Task.WhenAll(first, second);
            var started = await grain.StartedAsync();
            Assert.True(started is [0, 1], $"grain {g}: calls started as [{string.Join(", ", started)}]");
        }
    }

    [Fact]
    public async Task ReentrantGrain_WithoutInlineCalls_StartsActiveCallsInArrivalOrder()
    {
        await using var cluster = await TestCluster.StartAsync(o => o.InlineIdleCalls = false);
        for (var g = 0; g < Grains; g++)
        {
            var grain = cluster.Client.GetGrain<IReentrantStartOrderGrain>("queued-" + Guid.NewGuid());
            Assert.Empty(await grain.StartedAsync());
            await AssertStartOrderAsync(grain, interleaved: false);
        }
    }

    [Fact]
    public async Task ReentrantGrain_GateCallsQueuedWhileActivating_BothWaitBeforeTheOpenerRuns()
    {
        // The open call was made last; had it started before either wait, that wait would hang on the next gate.
        for (var g = 0; g < Grains; g++)
        {
            var grain = fixture.Client.GetGrain<IReentrantGateGrain>("gate-order-" + Guid.NewGuid());
            var first = grain.WaitAsync();
            var second = grain.WaitAsync();
            await grain.OpenAsync();
            var results = await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(2, Math.Max(results[0], results[1]));
        }
    }

    private static async Task AssertStartOrderAsync(IStartOrderGrain grain, bool interleaved)
    {
        var calls = new Task[Calls];
        for (var i = 0; i < Calls; i++)
            calls[i] = interleaved ? grain.RecordInterleavedAsync(i) : grain.RecordAsync(i);
        await Task.WhenAll(calls);
        var started = await grain.StartedAsync();
        Assert.Equal(Calls, started.Length);
        for (var i = 0; i < Calls; i++)
            Assert.True(started[i] == i, $"call {started[i]} started at position {i}: [{string.Join(", ", started)}]");
    }
}
