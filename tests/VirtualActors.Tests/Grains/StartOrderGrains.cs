namespace VirtualActors.Tests.Grains;

/// <summary>Records the order in which calls start; each call then awaits, so later calls start only by interleaving.</summary>
public interface IStartOrderGrain : IGrainWithStringKey
{
    Task RecordAsync(int sequence);

    [AlwaysInterleave]
    Task RecordInterleavedAsync(int sequence);

    Task<int[]> StartedAsync();
}

public abstract class StartOrderGrainBase : Grain, IStartOrderGrain
{
    private readonly Lock _gate = new();
    private readonly List<int> _started = [];

    public async Task RecordAsync(int sequence)
    {
        lock (_gate)
            _started.Add(sequence);
        await Task.Yield();
    }

    public Task RecordInterleavedAsync(int sequence) => RecordAsync(sequence);

    public Task<int[]> StartedAsync()
    {
        lock (_gate)
            return Task.FromResult(_started.ToArray());
    }
}

public sealed class StartOrderGrain : StartOrderGrainBase;

/// <summary>Signals the end of its activation, so that a test can call in just as the queued calls are let go.</summary>
public interface ISignallingStartOrderGrain : IStartOrderGrain;

[Reentrant]
public sealed class SignallingStartOrderGrain : StartOrderGrainBase, ISignallingStartOrderGrain
{
    public static readonly SemaphoreSlim Activated = new(0);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Activated.Release();
        return Task.CompletedTask;
    }
}

public interface IReentrantStartOrderGrain : IStartOrderGrain;

[Reentrant]
public sealed class ReentrantStartOrderGrain : StartOrderGrainBase, IReentrantStartOrderGrain;
