namespace VirtualActors;

/// <summary>
/// The grain class keeps no state between calls; the runtime runs a pool of up to <see cref="MaxLocalWorkers"/>
/// activations per key and spreads calls over them, for CPU-bound work.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StatelessWorkerAttribute(int maxLocalWorkers = 0) : Attribute
{
    /// <summary>Pool size; 0 means the processor count.</summary>
    public int MaxLocalWorkers { get; } = maxLocalWorkers;
}
