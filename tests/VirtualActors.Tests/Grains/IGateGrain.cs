namespace VirtualActors.Tests.Grains;

/// <summary>Calls that wait on a gate another call opens: they finish only if the grain lets turns interleave.</summary>
public interface IGateGrain : IGrainWithStringKey
{
    Task<int> WaitAsync();

    Task OpenAsync();

    [AlwaysInterleave]
    Task OpenInterleavedAsync();

    Task<int> MaxConcurrencyAsync();
}
