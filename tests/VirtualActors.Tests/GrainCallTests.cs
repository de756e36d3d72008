using VirtualActors.Tests.Grains;

namespace VirtualActors.Tests;

[Collection(ClusterCollection.Name)]
public sealed class GrainCallTests(ClusterFixture fixture)
{
    [Fact]
    public async Task GetGrain_WithEachKeyKind_AddressesThatKey()
    {
        var guid = Guid.NewGuid();
        Assert.Equal("alpha", await fixture.Client.GetGrain<ICounterGrain>("alpha").GetKeyAsync());
        Assert.Equal(guid, await fixture.Client.GetGrain<IGuidKeyedGrain>(guid).GetKeyAsync());
        Assert.Equal(-42L, await fixture.Client.GetGrain<IIntegerKeyedGrain>(-42).GetKeyAsync());
    }

    [Fact]
    public async Task ConcurrentCalls_FromManyThreads_ReachOneActivationPerKey()
    {
        var key = "single-" + Guid.NewGuid();
        var tasks = new List<Task<string>>();
        var increments = new List<Task<int>>();
        for (var i = 0; i < 200; i++)
        {
            tasks.Add(Task.Run(() => fixture.Client.GetGrain<ICounterGrain>(key).GetInstanceIdAsync()));
            increments.Add(Task.Run(async () => await fixture.Client.GetGrain<ICounterGrain>(key).IncrementAsync()));
        }
        var instances = await Task.WhenAll(tasks);
        var counts = await Task.WhenAll(increments);
        Assert.Single(instances.Distinct());
        Assert.Equal(Enumerable.Range(1, 200), counts.Order());
        Assert.Equal(200, await fixture.Client.GetGrain<ICounterGrain>(key).GetAsync());
    }

    [Fact]
    public async Task CallsFromOneCaller_NotAwaitedInBetween_ArriveInOrder()
    {
        var grain = fixture.Client.GetGrain<ICounterGrain>("order-" + Guid.NewGuid());
        var sends = new List<Task>();
        for (var i = 0; i < 2000; i++)
            sends.Add(grain.AppendAsync(i));
        await Task.WhenAll(sends);
        Assert.Equal(Enumerable.Range(0, 2000), await grain.GetAppendedAsync());
    }

    [Fact]
    public async Task GrainException_ReachesCaller_WithItsTypeAndMessage()
    {
        var grain = fixture.Client.GetGrain<ICounterGrain>("throws");
        var error = await Assert.ThrowsAsync<ArgumentException>(() => grain.ThrowAsync("quantity must be positive"));
        Assert.StartsWith("quantity must be positive", error.Message);
        Assert.Equal("value", error.ParamName);
        Assert.Equal(1, await grain.IncrementAsync());
    }

    [Fact]
    public void GetGrain_ForInterfaceWithoutImplementation_ThrowsNamingTheInterface()
    {
        var error = Assert.Throws<InvalidOperationException>(() => fixture.Client.GetGrain<IUnimplementedGrain>("x"));
        Assert.Contains(nameof(IUnimplementedGrain), error.Message);
    }
}

public interface IUnimplementedGrain : IGrainWithStringKey
{
    Task PingAsync();
}
