namespace GraphQL.Execution;

/// <summary>
/// Coalesces individual loads into batch calls and caches results per key for the loader's lifetime
/// (normally one execution). Loads issued while the executor walks one level of the result are
/// dispatched together when the level has been walked, so N sibling fields cost one batch call.
/// Thread-safe.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly BatchLoadFunction<TKey, TValue> _batch;
    private readonly DataLoaderScope? _scope;
    private readonly int _maxBatchSize;
    private readonly object _gate = new();
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private List<(TKey Key, TaskCompletionSource<TValue?> Completion)> _queue = [];

    /// <summary>Creates a loader; with a <paramref name="scope"/>, the scope's owner (the executor) dispatches it.</summary>
    /// <param name="batch">Loads many keys at once.</param>
    /// <param name="scope">The scope to register with, or null to dispatch manually.</param>
    /// <param name="maxBatchSize">The most keys per batch call; 0 for no limit.</param>
    public DataLoader(BatchLoadFunction<TKey, TValue> batch, DataLoaderScope? scope = null, int maxBatchSize = 0)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBatchSize);
        _batch = batch;
        _scope = scope;
        _maxBatchSize = maxBatchSize;
        scope?.Register(this);
    }

    /// <inheritdoc />
    public bool HasPendingLoads
    {
        get
        {
            lock (_gate)
                return _queue.Count > 0;
        }
    }

    /// <summary>Loads one key; repeated keys share one task and one batch slot.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Task<TValue?> task;
        bool firstInQueue;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
                return cached;
            var completion = new TaskCompletionSource<TValue?>();
            task = completion.Task;
            _cache[key] = task;
            _queue.Add((key, completion));
            firstInQueue = _queue.Count == 1;
        }

        if (firstInQueue)
            _scope?.NotifyQueued();
        return task;
    }

    /// <summary>Loads many keys; the result is in the order of <paramref name="keys"/>.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = keys.Select(LoadAsync).ToArray();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>Removes a key from the cache so the next load fetches it again.</summary>
    public void Clear(TKey key)
    {
        lock (_gate)
            _cache.Remove(key);
    }

    /// <inheritdoc />
    public async Task DispatchAsync(CancellationToken cancellationToken = default)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Completion)> queue;
        lock (_gate)
        {
            if (_queue.Count == 0)
                return;
            queue = _queue;
            _queue = [];
        }

        var size = _maxBatchSize == 0 ? queue.Count : _maxBatchSize;
        for (var offset = 0; offset < queue.Count; offset += size)
        {
            var count = Math.Min(size, queue.Count - offset);
            var keys = new TKey[count];
            for (var i = 0; i < count; i++)
                keys[i] = queue[offset + i].Key;
            try
            {
                var results = await _batch(keys, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("The batch load function returned null instead of a dictionary.");
                for (var i = 0; i < count; i++)
                {
                    var (key, completion) = queue[offset + i];
                    completion.TrySetResult(results.TryGetValue(key, out var value) ? value : default);
                }
            }
            catch (Exception ex)
            {
                for (var i = 0; i < count; i++)
                {
                    var (key, completion) = queue[offset + i];
                    Clear(key);
                    completion.TrySetException(ex);
                }
            }
        }
    }
}
