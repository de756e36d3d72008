namespace VirtualActors.Tests.Grains;

public interface IHashWorkerGrain : IGrainWithStringKey
{
    /// <summary>Waits on the shared gate, then answers with this activation's instance id.</summary>
    Task<string> WorkAsync();
}

public static class WorkerGate
{
    public static readonly SemaphoreSlim Entered = new(0);

    public static TaskCompletionSource Release { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

[StatelessWorker(3)]
public sealed class HashWorkerGrain : Grain, IHashWorkerGrain
{
    private readonly string _instance = Guid.NewGuid().ToString("N");

    public async Task<string> WorkAsync()
    {
        WorkerGate.Entered.Release();
        await WorkerGate.Release.Task;
        return _instance;
    }
}
