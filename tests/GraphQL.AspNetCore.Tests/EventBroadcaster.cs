using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace GraphQL.AspNetCore.Tests;

/// <summary>An event source the tests push to: every source stream created from it receives every published value.</summary>
public sealed class EventBroadcaster
{
    private readonly Lock _lock = new();
    private readonly List<Channel<object?>> _listeners = [];

    /// <summary>How many source streams are listening now.</summary>
    public int ListenerCount
    {
        get
        {
            lock (_lock)
                return _listeners.Count;
        }
    }

    public void Publish(object? value)
    {
        lock (_lock)
        {
            foreach (var listener in _listeners)
                listener.Writer.TryWrite(value);
        }
    }

    public async IAsyncEnumerable<object?> Subscribe([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<object?>();
        lock (_lock)
            _listeners.Add(channel);
        try
        {
            await foreach (var value in channel.Reader.ReadAllAsync(cancellationToken))
                yield return value;
        }
        finally
        {
            lock (_lock)
                _listeners.Remove(channel);
        }
    }
}
