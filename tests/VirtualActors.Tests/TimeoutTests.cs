using VirtualActors.Testing;
using VirtualActors.Tests.Grains;

namespace VirtualActors.Tests;

public sealed class TimeoutTests
{
    [Fact]
    public async Task CallWithoutResponse_FailsWithTimeout_AndCallsQueuedBehindItToo()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.ResponseTimeout = TimeSpan.FromSeconds(5);
            o.TimeoutCheckInterval = TimeSpan.FromSeconds(1);
            o.ShutdownTimeout = TimeSpan.FromMilliseconds(100);
        }, clock);
        var grain = cluster.Client.GetGrain<IHangGrain>("hang");
        Assert.Equal(1, await grain.PingAsync());
        var hanging = grain.HangAsync();
        var queued = grain.PingAsync();
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.False(hanging.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(2));
        var running = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => hanging);
        Assert.Contains("IHangGrain.HangAsync", running.Message);
        Assert.Contains("still running", running.Message);
        var waiting = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => queued);
        Assert.Contains("still queued", waiting.Message);
    }
}
