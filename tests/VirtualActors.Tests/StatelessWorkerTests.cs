using VirtualActors.Tests.Grains;

namespace VirtualActors.Tests;

[Collection(ClusterCollection.Name)]
public sealed class StatelessWorkerTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ConcurrentCalls_SpreadOverAtMostMaxWorkers()
    {
        WorkerGate.Release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        var worker = fixture.Client.GetGrain<IHashWorkerGrain>("hash");
        var calls = Enumerable.Range(0, 9).Select(_ => worker.WorkAsync()).ToList();
        // Three workers (the pool size) enter at once; the other calls wait in their mailboxes.
        for (var i = 0; i < 3; i++)
            Assert.True(await WorkerGate.Entered.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.False(await WorkerGate.Entered.WaitAsync(TimeSpan.Zero));
        WorkerGate.Release.SetResult();
        var instances = await Task.WhenAll(calls);
        Assert.Equal(3, instances.Distinct().Count());
        for (var i = 0; i < 6; i++)
            Assert.True(await WorkerGate.Entered.WaitAsync(TimeSpan.Zero));
    }
}
