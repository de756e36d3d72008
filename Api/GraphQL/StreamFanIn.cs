using System.Threading.Channels;
using VirtualActors.Streams;

namespace SmartMarket.Api.GraphQL;

/// <summary>
/// Events of several grain streams merged into one channel. Streams can be added while it is read; closing it completes
/// the channel and unsubscribes from every stream, one still being subscribed to included, and disposes what it owns.
/// </summary>
internal sealed class StreamFanIn<T>
{
    private readonly IStreamProvider _streams;
    private readonly Channel<T> _channel;
    private readonly Dictionary<StreamId, StreamSubscriptionHandle<T>?> _handles = [];
    private readonly List<IDisposable> _owned = [];
    private readonly Lock _lock = new();
    private bool _closed;

    /// <param name="streams">Where the streams come from.</param>
    /// <param name="capacity">Null keeps every event; a number drops the oldest once that many wait.</param>
    public StreamFanIn(IStreamProvider streams, int? capacity)
    {
        _streams = streams;
        _channel = capacity is { } size
            ? Channel.CreateBounded<T>(new BoundedChannelOptions(size) { FullMode = BoundedChannelFullMode.DropOldest })
            : Channel.CreateUnbounded<T>();
    }

    /// <summary>The merged events; completes when the fan-in is closed.</summary>
    public ChannelReader<T> Reader => _channel.Reader;

    /// <summary>Streams subscribed to now; zero once closed.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                var count = 0;
                foreach (var handle in _handles.Values)
                    count += handle is null ? 0 : 1;
                return count;
            }
        }
    }

    /// <summary>Subscribes to <paramref name="id"/>; completes once subscribed. A stream already added, or a closed fan-in, does nothing.</summary>
    public async Task AddAsync(StreamId id)
    {
        lock (_lock)
        {
            if (_closed || !_handles.TryAdd(id, null))
                return;
        }
        StreamSubscriptionHandle<T> handle;
        try
        {
            handle = await _streams.GetStream<T>(id).SubscribeAsync(new Observer(_channel.Writer));
        }
        catch
        {
            lock (_lock)
                _handles.Remove(id);
            throw;
        }
        lock (_lock)
        {
            if (!_closed)
            {
                _handles[id] = handle;
                return;
            }
        }
        // Closed while subscribing: no one reads this subscription's events any more.
        await handle.UnsubscribeAsync();
    }

    /// <summary>Disposes <paramref name="resource"/> when the fan-in closes (at once when it is closed already).</summary>
    public void Own(IDisposable resource)
    {
        lock (_lock)
        {
            if (!_closed)
            {
                _owned.Add(resource);
                return;
            }
        }
        resource.Dispose();
    }

    /// <summary>Completes the channel (with <paramref name="error"/> for the reader when given) and lets go of everything; repeats do nothing.</summary>
    public void Close(Exception? error = null)
    {
        List<StreamSubscriptionHandle<T>> handles = [];
        IDisposable[] owned;
        lock (_lock)
        {
            if (_closed)
                return;
            _closed = true;
            foreach (var handle in _handles.Values)
            {
                if (handle is not null)
                    handles.Add(handle);
            }
            _handles.Clear();
            owned = [.. _owned];
            _owned.Clear();
        }
        _channel.Writer.TryComplete(error);
        foreach (var resource in owned)
            resource.Dispose();
        foreach (var handle in handles)
            _ = handle.UnsubscribeAsync();
    }

    private sealed class Observer(ChannelWriter<T> writer) : IAsyncObserver<T>
    {
        public ValueTask OnNextAsync(T item)
        {
            writer.TryWrite(item);
            return ValueTask.CompletedTask;
        }
    }
}
