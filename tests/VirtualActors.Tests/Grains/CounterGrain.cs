namespace VirtualActors.Tests.Grains;

public sealed class CounterGrain : Grain, ICounterGrain
{
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly List<int> _appended = [];
    private int _count;

    public ValueTask<int> IncrementAsync() => new(++_count);

    public Task<int> GetAsync() => Task.FromResult(_count);

    public Task<string> GetInstanceIdAsync() => Task.FromResult(_instance);

    public Task<string> GetKeyAsync() => Task.FromResult(GetPrimaryKeyString());

    public Task AppendAsync(int value)
    {
        _appended.Add(value);
        return Task.CompletedTask;
    }

    public Task<List<int>> GetAppendedAsync() => Task.FromResult(new List<int>(_appended));

    public Task ThrowAsync(string message) => throw new ArgumentException(message, "value");

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
