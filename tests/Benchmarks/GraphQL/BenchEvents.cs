using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Benchmarks.GraphQL;

/// <summary>An event source for the fan-out benchmark: each source stream receives every published value.</summary>
public sealed class BenchEvents
{
    private readonly Lock _lock = new();
    private readonly List<Channel<object?>> _listeners = [];

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
