using VirtualActors;

namespace Benchmarks.Runtime;

/// <summary>A grain with no state of its own, so what an activation costs is the runtime's share alone.</summary>
public sealed class PingGrain : Grain, IPingGrain
{
    public ValueTask<int> PingAsync(int value) => new(value + 1);
}
