namespace GraphQL.Execution;

/// <summary>
/// The data loaders of one execution. The executor dispatches every loader with waiting keys once the
/// synchronous work of a level is done, and wakes up when a resolver continuation queues a new load.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly object _gate = new();
    private readonly Dictionary<string, IDataLoader> _named = new(StringComparer.Ordinal);
    private readonly List<IDataLoader> _loaders = [];
    private TaskCompletionSource? _queued;

    /// <summary>Whether any loader has keys waiting.</summary>
    public bool HasPendingLoads
    {
        get
        {
            lock (_gate)
            {
                foreach (var loader in _loaders)
                {
                    if (loader.HasPendingLoads)
                        return true;
                }

                return false;
            }
        }
    }

    /// <summary>The loader registered under <paramref name="name"/>, created with <paramref name="batch"/> on first use.</summary>
    /// <exception cref="InvalidOperationException">A loader of other key or value types uses the name.</exception>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> batch, int maxBatchSize = 0)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(batch);
        lock (_gate)
        {
            if (_named.TryGetValue(name, out var existing))
            {
                return existing as DataLoader<TKey, TValue> ?? throw new InvalidOperationException(
                    $"Data loader \"{name}\" was created for other key or value types than {typeof(TKey).Name} -> {typeof(TValue).Name}.");
            }
        }

        var created = new DataLoader<TKey, TValue>(batch, this, maxBatchSize);
        lock (_gate)
        {
            if (_named.TryGetValue(name, out var raced))
            {
                _loaders.Remove(created);
                return (DataLoader<TKey, TValue>)raced;
            }

            _named[name] = created;
        }

        return created;
    }

    /// <summary>Dispatches every loader that has waiting keys, concurrently.</summary>
    public Task DispatchAllAsync(CancellationToken cancellationToken = default)
    {
        List<Task>? tasks = null;
        IDataLoader[] loaders;
        lock (_gate)
            loaders = [.. _loaders];
        foreach (var loader in loaders)
        {
            if (loader.HasPendingLoads)
                (tasks ??= []).Add(loader.DispatchAsync(cancellationToken));
        }

        return tasks is null ? Task.CompletedTask : Task.WhenAll(tasks);
    }

    internal void Register(IDataLoader loader)
    {
        lock (_gate)
            _loaders.Add(loader);
    }

    /// <summary>A task that completes as soon as some loader has waiting keys (at once if one already has).</summary>
    internal Task WhenLoadQueued()
    {
        lock (_gate)
        {
            foreach (var loader in _loaders)
            {
                if (loader.HasPendingLoads)
                    return Task.CompletedTask;
            }

            _queued ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _queued.Task;
        }
    }

    internal void NotifyQueued()
    {
        TaskCompletionSource? queued;
        lock (_gate)
        {
            queued = _queued;
            _queued = null;
        }

        queued?.TrySetResult();
    }
}
