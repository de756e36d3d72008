namespace VirtualActors.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    ValueTask<int> IncrementAsync();

    Task<int> GetAsync();

    Task<string> GetInstanceIdAsync();

    Task<string> GetKeyAsync();

    Task AppendAsync(int value);

    Task<List<int>> GetAppendedAsync();

    Task ThrowAsync(string message);

    Task DeactivateAsync();
}
