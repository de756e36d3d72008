namespace VirtualActors.Metrics;

/// <summary>Counters of one grain type in one silo.</summary>
public sealed class GrainTypeMetrics(string grainType, double nanosecondsPerTick)
{
    private int _activations;
    private long _calls;

    public string GrainType { get; } = grainType;

    public int Activations => Volatile.Read(ref _activations);

    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Time from a call's arrival to its completion.</summary>
    public LatencyHistogram Latency { get; } = new();

    internal void ActivationStarted() => Interlocked.Increment(ref _activations);

    internal void ActivationStopped() => Interlocked.Decrement(ref _activations);

    internal void RecordCall(long timestampTicks)
    {
        Interlocked.Increment(ref _calls);
        Latency.Record((long)(timestampTicks * nanosecondsPerTick));
    }
}
