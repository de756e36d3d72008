using VirtualActors.Tests.Grains;

namespace VirtualActors.Tests;

[Collection(ClusterCollection.Name)]
public sealed class TurnTests(ClusterFixture fixture)
{
    [Fact]
    public async Task NonReentrantGrain_RunsOneTurnAtATime_SoAWaitingCallBlocksTheNext()
    {
        var grain = fixture.Client.GetGrain<IGateGrain>("turns-" + Guid.NewGuid());
        var waiting = grain.WaitAsync();
        var opener = grain.OpenAsync();
        // The first call runs inline until it awaits; the second must queue behind it, not run.
        Assert.False(opener.IsCompleted);
        Assert.False(waiting.IsCompleted);
        await grain.OpenInterleavedAsync();
        Assert.Equal(1, await waiting);
        await opener;
        Assert.Equal(1, await grain.MaxConcurrencyAsync());
    }

    [Fact]
    public async Task AlwaysInterleaveMethod_RunsWhileAnotherTurnAwaits()
    {
        var grain = fixture.Client.GetGrain<IGateGrain>("interleave-" + Guid.NewGuid());
        var waiting = grain.WaitAsync();
        await grain.OpenInterleavedAsync();
        Assert.Equal(1, await waiting);
    }

    [Fact]
    public async Task ReentrantGrain_StartsCallsWhileOthersAwait()
    {
        var grain = fixture.Client.GetGrain<IReentrantGateGrain>("reentrant-" + Guid.NewGuid());
        var first = grain.WaitAsync();
        var second = grain.WaitAsync();
        await grain.OpenAsync();
        // Both waits started before the open (calls from one caller start in order), so both finish.
        var results = await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, Math.Max(results[0], results[1]));
    }

    [Fact]
    public async Task CallCycle_BetweenNonReentrantGrains_FailsNamingTheChain()
    {
        var id = Guid.NewGuid().ToString("N")[..6];
        var a = "a" + id;
        var b = "b" + id;
        var error = await Assert.ThrowsAsync<DeadlockException>(
            () => fixture.Client.GetGrain<IChainGrain>(a).ForwardAsync([b, a], 0));
        Assert.Contains($"ChainGrain/{a} -> ChainGrain/{b} -> ChainGrain/{a}", error.Message);
    }

    [Fact]
    public async Task CallChain_WithoutCycle_Completes()
    {
        var result = await fixture.Client.GetGrain<IChainGrain>("x1").ForwardAsync(["x2", "x3", "x4"], 0);
        Assert.Equal("x4", result);
    }
}
