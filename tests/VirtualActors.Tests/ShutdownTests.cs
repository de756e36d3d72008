using VirtualActors.Testing;
using VirtualActors.Tests.Grains;

namespace VirtualActors.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task CallsToAStoppedSilo_FailWithObjectDisposed_InsteadOfHanging()
    {
        var cluster = await TestCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ICounterGrain>("stopping");
        Assert.Equal(1, await grain.IncrementAsync());
        await cluster.DisposeAsync();
        var error = await Assert.ThrowsAsync<ObjectDisposedException>(async () => await grain.IncrementAsync());
        Assert.Contains("stopped", error.Message);
    }

    [Fact]
    public async Task Shutdown_AbandonsATurnThatNeverEnds_AfterTheTimeout_AndAnswersItsCaller()
    {
        var cluster = await TestCluster.StartAsync(o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(50));
        var grain = cluster.Client.GetGrain<IHangGrain>("never");
        Assert.Equal(1, await grain.PingAsync());
        var hanging = grain.HangAsync();
        await cluster.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => hanging);
        Assert.Equal(0, cluster.Runtime.ActivationCount);
    }
}
