namespace VirtualActors.Tests.Grains;

public abstract class GateGrainBase : Grain, IGateGrain
{
    private TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _running;
    private int _max;

    public async Task<int> WaitAsync()
    {
        _max = Math.Max(_max, ++_running);
        await _gate.Task;
        _running--;
        return _max;
    }

    public Task OpenAsync()
    {
        _gate.TrySetResult();
        _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        return Task.CompletedTask;
    }

    public Task OpenInterleavedAsync() => OpenAsync();

    public Task<int> MaxConcurrencyAsync() => Task.FromResult(_max);
}

public sealed class GateGrain : GateGrainBase;

public interface IReentrantGateGrain : IGateGrain;

[Reentrant]
public sealed class ReentrantGateGrain : GateGrainBase, IReentrantGateGrain;
