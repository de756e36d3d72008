using VirtualActors;

namespace Benchmarks.Runtime;

public interface IPingGrain : IGrainWithIntegerKey
{
    ValueTask<int> PingAsync(int value);
}
