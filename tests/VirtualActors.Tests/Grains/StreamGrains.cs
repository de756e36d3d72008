using VirtualActors.Streams;

namespace VirtualActors.Tests.Grains;

public interface IListenerGrain : IGrainWithStringKey
{
    Task SubscribeAsync(string streamKey);

    Task<List<int>> GetReceivedAsync();

    Task DeactivateAsync();
}

/// <summary>Received events per key, kept outside the grain so they survive deactivation.</summary>
public static class ReceivedLog
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<int>> Items = new();

    public static void Add(string key, int item)
    {
        var list = Items.GetOrAdd(key, _ => []);
        lock (list)
            list.Add(item);
    }

    public static List<int> Of(string key)
    {
        var list = Items.GetOrAdd(key, _ => []);
        lock (list)
            return [.. list];
    }
}

public sealed class ListenerGrain : Grain, IListenerGrain, IAsyncObserver<int>
{
    public async Task SubscribeAsync(string streamKey) =>
        await GetStreamProvider().GetStream<int>(new StreamId("numbers", streamKey)).SubscribeAsync(this);

    public ValueTask OnNextAsync(int item)
    {
        ReceivedLog.Add(GetPrimaryKeyString(), item);
        return ValueTask.CompletedTask;
    }

    public Task<List<int>> GetReceivedAsync() => Task.FromResult(ReceivedLog.Of(GetPrimaryKeyString()));

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}

public interface IImplicitListenerGrain : IGrainWithStringKey
{
    Task<List<int>> GetReceivedAsync();
}

[ImplicitStreamSubscription("implicit-numbers")]
public sealed class ImplicitListenerGrain : Grain, IImplicitListenerGrain, IAsyncObserver<int>
{
    public ValueTask OnNextAsync(int item)
    {
        ReceivedLog.Add("implicit:" + GetPrimaryKeyString(), item);
        return ValueTask.CompletedTask;
    }

    public Task<List<int>> GetReceivedAsync() => Task.FromResult(ReceivedLog.Of("implicit:" + GetPrimaryKeyString()));
}
