using VirtualActors.Testing;
using VirtualActors.Tests.Grains;

namespace VirtualActors.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Activation_ReadsStateBeforeOnActivate_AndDeactivateOnIdleStartsAFreshInstance()
    {
        await using var cluster = await TestCluster.StartAsync();
        var key = "life-" + Guid.NewGuid();
        var grain = cluster.Client.GetGrain<IProfileGrain>(key);
        await grain.SetNameAsync("Ada");
        Assert.Equal("", await grain.GetNameSeenAtActivationAsync());
        await grain.DeactivateAsync();
        // Queued behind the deactivation, this call is served by a new activation that read the stored state first.
        Assert.Equal("Ada", await grain.GetNameSeenAtActivationAsync());
        Assert.Equal(2, await grain.GetActivationNumberAsync());
        Assert.Equal((2, 1), LifecycleLog.Of(key));
    }

    [Fact]
    public async Task IdleActivation_IsCollectedAfterCollectionAge_AndBusyOneIsNot()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.CollectionAge = TimeSpan.FromMinutes(5);
            o.CollectionQuantum = TimeSpan.FromMinutes(1);
        }, clock);
        var key = "idle-" + Guid.NewGuid();
        var grain = cluster.Client.GetGrain<IProfileGrain>(key);
        await grain.SetNameAsync("x");
        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(1, await grain.GetActivationNumberAsync());
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(1, await grain.GetActivationNumberAsync());
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(2, await grain.GetActivationNumberAsync());
        Assert.Equal(1, LifecycleLog.Of(key).Deactivations);
    }

    [Fact]
    public async Task Restart_DeactivatesEverything_AndStateSurvives()
    {
        await using var cluster = await TestCluster.StartAsync();
        var key = "restart-" + Guid.NewGuid();
        await cluster.Client.GetGrain<IProfileGrain>(key).SetNameAsync("Grace");
        Assert.Equal(1, cluster.Runtime.ActivationCount);
        await cluster.RestartAsync();
        Assert.Equal(0, cluster.Runtime.ActivationCount);
        Assert.Equal((1, 1), LifecycleLog.Of(key));
        Assert.Equal("Grace", await cluster.Client.GetGrain<IProfileGrain>(key).GetNameAsync());
    }
}
