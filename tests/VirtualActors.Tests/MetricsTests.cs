using VirtualActors.Metrics;
using VirtualActors.Testing;
using VirtualActors.Tests.Grains;

namespace VirtualActors.Tests;

public sealed class MetricsTests
{
    [Fact]
    public async Task Snapshot_CountsActivationsCallsAndQueuedCalls_PerGrainType()
    {
        await using var cluster = await TestCluster.StartAsync();
        for (var i = 0; i < 10; i++)
            await cluster.Client.GetGrain<ICounterGrain>("m" + i).IncrementAsync();
        var gate = cluster.Client.GetGrain<IGateGrain>("metrics-gate");
        Assert.Equal(0, await gate.MaxConcurrencyAsync());
        var waiting = gate.WaitAsync();
        var queued = Enumerable.Range(0, 5).Select(_ => gate.MaxConcurrencyAsync()).ToList();

        var snapshot = cluster.Runtime.GetMetrics();

        var counters = snapshot.GrainTypes.Single(t => t.GrainType == "CounterGrain");
        Assert.Equal(10, counters.Activations);
        Assert.Equal(10, counters.TotalCalls);
        Assert.True(snapshot.GrainTypes.Single(t => t.GrainType == "GateGrain").TotalCalls >= 1);
        Assert.True(counters.LatencyP99Microseconds > 0);
        Assert.True(counters.LatencyP50Microseconds <= counters.LatencyP99Microseconds);
        var gates = snapshot.GrainTypes.Single(t => t.GrainType == "GateGrain");
        Assert.Equal(5, gates.MailboxDepth);
        Assert.Equal(11, snapshot.Activations);
        await gate.OpenInterleavedAsync();
        await waiting;
        await Task.WhenAll(queued);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(15, 15)]
    [InlineData(16, 17)]
    [InlineData(1000, 1024)]
    [InlineData(1_000_000, 1_015_808)]
    public void Histogram_BucketUpperBound_IsTheFirstBoundAtOrAboveTheValue(long nanoseconds, double upper)
    {
        var bound = LatencyHistogram.UpperBound(LatencyHistogram.IndexOf(nanoseconds));
        Assert.Equal(upper, bound);
        Assert.True(bound >= nanoseconds && bound <= Math.Max(nanoseconds * 1.07, 16));
    }

    [Fact]
    public void Percentile_OfAKnownDistribution_FallsInTheRightBucket()
    {
        var histogram = new LatencyHistogram();
        for (var i = 1; i <= 100; i++)
            histogram.Record(i * 1000);
        var counts = histogram.Snapshot();
        Assert.InRange(LatencyHistogram.Percentile(counts, 0.50), 50_000, 50_000 * 1.07);
        Assert.InRange(LatencyHistogram.Percentile(counts, 0.99), 99_000, 99_000 * 1.07);
    }
}
